package io.sousei.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.sousei.web.TestServer;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObservationXlsxApiTest {

    static final String TOWNS = "/api/v1/observations?indicator=population.total&country=TW&level=town&lang=en";

    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void answers_the_same_table_as_the_csv_in_a_workbook() throws Exception {
        HttpResponse<byte[]> response = server.get(TOWNS + "&format=xlsx");
        List<String> csv = server.text(TOWNS + "&format=csv").lines().toList();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"population.total.xlsx\"");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(csv.size());
            for (int r = 0; r < rows.size(); r++) {
                String[] cells = csv.get(r).split(",");
                for (int c = 0; c < 6; c++) {
                    assertThat(rows.get(r).getCellText(c))
                            .as("row %d column %d", r, c)
                            .isEqualTo(cells[c]);
                }
                if (r > 0) {
                    assertThat(rows.get(r).getCellAsNumber(6).orElseThrow())
                            .isEqualByComparingTo(new BigDecimal(cells[6]));
                }
            }
            List<Row> about = workbook.getSheet(1).orElseThrow().read();
            assertThat(about.get(2).getCellText(1)).isEqualTo("persons");
        }
    }
}
