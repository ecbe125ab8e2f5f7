package io.sousei.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The XLSX download of an observation table: the same columns as the CSV on one sheet, values as numbers, and a
 * second sheet naming the indicator, its unit and the source datasets.
 */
final class ObservationXlsx {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ObservationXlsx() {}

    static byte[] write(List<ObservationRowDto> rows, String indicator, String indicatorName, String unit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Sousei", "1.0");
            Worksheet data = workbook.newWorksheet("data");
            for (int c = 0; c < ObservationCsv.HEADER.size(); c++) {
                data.value(0, c, ObservationCsv.HEADER.get(c));
                data.style(0, c).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                ObservationRowDto row = rows.get(r);
                data.value(r + 1, 0, row.regionId());
                data.value(r + 1, 1, row.regionName() == null ? "" : row.regionName());
                data.value(r + 1, 2, row.period());
                data.value(r + 1, 3, row.sex());
                data.value(r + 1, 4, row.ageGroup());
                data.value(r + 1, 5, row.category());
                data.value(r + 1, 6, row.value());
            }
            Worksheet about = workbook.newWorksheet("about");
            about.value(0, 0, "indicator");
            about.value(0, 1, indicator);
            about.value(1, 0, "name");
            about.value(1, 1, indicatorName);
            about.value(2, 0, "unit");
            about.value(2, 1, unit);
            about.value(3, 0, "datasets");
            about.value(
                    3,
                    1,
                    String.join(
                            ", ",
                            rows.stream()
                                    .map(ObservationRowDto::datasetId)
                                    .distinct()
                                    .sorted()
                                    .toList()));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
