package io.sousei.web.api;

import java.util.List;

/** The CSV download of an observation table: the columns planners paste into a spreadsheet. */
final class ObservationCsv {

    static final List<String> HEADER =
            List.of("region_id", "region_name", "period", "sex", "age_group", "category", "value");

    private ObservationCsv() {}

    static String write(List<ObservationRowDto> rows) {
        Csv csv = new Csv().row(HEADER);
        for (ObservationRowDto row : rows) {
            csv.row(List.of(
                    row.regionId(),
                    row.regionName() == null ? "" : row.regionName(),
                    row.period(),
                    row.sex(),
                    row.ageGroup(),
                    row.category(),
                    row.value().toPlainString()));
        }
        return csv.toString();
    }
}
