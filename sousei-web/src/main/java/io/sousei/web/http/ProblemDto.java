package io.sousei.web.http;

/**
 * An RFC 9457 problem document ({@code application/problem+json}) with the stable {@code code} extension.
 *
 * @param instance the request path the problem occurred on
 */
public record ProblemDto(String type, String title, int status, String detail, String code, String instance) {

    public static ProblemDto of(ProblemType type, String detail, String instance) {
        return new ProblemDto(type.uri(), type.title(), type.status(), detail, type.code(), instance);
    }
}
