package io.sousei.web.page;

import io.javalin.http.Context;
import io.sousei.text.Language;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What every page needs: its language and labels, and the links that show the same page (same query) in the
 * other languages.
 *
 * @param active the navigation entry of the page: home, explore, benchmark, data or none
 */
public record PageContext(Language language, Messages messages, String path, String query, String active) {

    static PageContext of(Context ctx, String active) {
        Language language = Language.findByTag(ctx.queryParam("lang")).orElse(Language.defaultLanguage());
        String query = ctx.queryParamMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("lang"))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return new PageContext(language, Messages.of(language), ctx.path(), query, active);
    }

    public String t(String key) {
        return messages.get(key);
    }

    public String tag() {
        return language.tag();
    }

    /** A link to {@code path} in this page's language. */
    public String link(String path) {
        if (language == Language.defaultLanguage()) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + "lang=" + language.tag();
    }

    /** This page in another language. */
    public String in(Language other) {
        String q = other == Language.defaultLanguage() ? query : join(query, "lang=" + other.tag());
        return q.isEmpty() ? path : path + "?" + q;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    public String languageName(Language l) {
        return switch (l) {
            case ZH_HANT -> "繁體中文";
            case JA -> "日本語";
            case EN -> "English";
        };
    }

    /** The labels as a JSON object for the page's scripts. */
    public String messagesJson() {
        return json(messages.all());
    }

    static String json(Map<String, String> map) {
        return map.entrySet().stream()
                .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "&" + b;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
