package io.sousei.web.http;

/**
 * The kinds of problem the API reports, each with its HTTP status and a stable code that clients may
 * switch on. Codes never change meaning; new kinds get new codes.
 */
public enum ProblemType {
    BAD_PARAMETER(400, "bad_parameter", "Bad parameter"),
    UNKNOWN_REGION(404, "unknown_region", "Unknown region"),
    UNKNOWN_INDICATOR(404, "unknown_indicator", "Unknown indicator"),
    NOT_FOUND(404, "not_found", "Not found"),
    NO_DATA(404, "no_data", "No data"),
    METHOD_NOT_ALLOWED(405, "method_not_allowed", "Method not allowed"),
    INTERNAL_ERROR(500, "internal_error", "Internal error");

    private static final String TYPE_PREFIX = "urn:sousei:problem:";

    private final int status;
    private final String code;
    private final String title;

    ProblemType(int status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The RFC 9457 {@code type} URI. */
    public String uri() {
        return TYPE_PREFIX + code;
    }
}
