package io.sousei.web.http;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Weak entity tags (RFC 9110 §8.8.3) computed from a response body, and the weak comparison that
 * {@code If-None-Match} uses. Weak, because the same body may be sent gzipped or not.
 */
public final class EntityTag {

    private static final int DIGEST_BYTES = 16;

    private EntityTag() {}

    /** {@code W/"<first 128 bits of the SHA-256 of the body, hex>"}. */
    public static String weakOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + HexFormat.of().formatHex(digest, 0, DIGEST_BYTES) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Whether an {@code If-None-Match} header value matches the tag (weak comparison; {@code *} matches). */
    public static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaqueTag = opaque(tag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || opaque(c).equals(opaqueTag)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
