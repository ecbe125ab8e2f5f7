package io.sousei.web.http;

import java.util.Objects;

/** A request the API refuses, with the problem type and a detail that tells the client what to do. */
public final class ApiException extends RuntimeException {

    private final ProblemType type;

    public ApiException(ProblemType type, String detail) {
        super(detail);
        this.type = Objects.requireNonNull(type, "type");
    }

    public static ApiException badParameter(String detail) {
        return new ApiException(ProblemType.BAD_PARAMETER, detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(ProblemType.NOT_FOUND, detail);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }
}
