package io.sousei.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.MathContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The profile API's answers for a few fixed regions of the bundled data, against reviewed expectations. Fractions
 * are compared to 12 significant digits: values the import derives with parallel sums may differ in the last bit
 * from one import to the next.
 */
class ProfileGoldenTest {

    private static final MathContext DIGITS = new MathContext(12);

    @ParameterizedTest
    @CsvSource({
        "TW:10013010, zh-Hant, profile-pingtung-city.json",
        "TW:09020, en, profile-kinmen.json",
        "JP:01100, ja, profile-sapporo.json",
        "JP:13, en, profile-tokyo.json"
    })
    void answers_as_reviewed(String region, String language, String golden) throws Exception {
        String url = TestApplication.shared().baseUrl() + "/api/v1/regions/" + region + "/profile?lang=" + language;
        String body = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
        ObjectMapper json = new ObjectMapper();
        JsonNode answer = rounded(json.readTree(body));

        GoldenFile.assertMatches(golden, json.writerWithDefaultPrettyPrinter().writeValueAsString(answer) + "\n");
    }

    private static JsonNode rounded(JsonNode node) {
        if (node.isFloatingPointNumber()) {
            return DecimalNode.valueOf(node.decimalValue().round(DIGITS).stripTrailingZeros());
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(e -> e.setValue(rounded(e.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, rounded(array.get(i)));
            }
        }
        return node;
    }
}
