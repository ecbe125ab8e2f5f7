package io.sousei.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sousei.importing.ImportIssue;
import io.sousei.importing.ImportRejectedException;
import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.region.Country;
import io.sousei.region.RegionLevel;
import io.sousei.store.load.UserFileImporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class UserFileImportTest {

    static final String HEADER = "dataset_id,indicator_id,region_id,period,sex,age_group,category,value,status\n";
    static final String ROW = "my.survey,population.total,TW:09007010,2020,T,_T,_T,7600,A\n";

    @TempDir
    Path tmp;

    Path data;
    Warehouse w;

    @BeforeEach
    void importFixture() {
        data = Fixtures.lienchiang(tmp.resolve("data"));
        w = Warehouse.open(tmp.resolve("w.duckdb"));
        w.importBundled(data, false, ImportListener.SILENT);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        w.close();
    }

    private ImportSummary importFile(Path file) {
        return w.importFiles(List.of(file), UserFileImporter.Metadata.NONE, data, false, ImportListener.SILENT);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = tmp.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private List<Observation> rows(String indicator, String period) {
        return w.observations()
                .listObservations(new ObservationQuery(
                        IndicatorId.of(indicator),
                        Country.TW,
                        RegionLevel.TOWN,
                        null,
                        List.of(),
                        period,
                        null,
                        null,
                        ObservationQuery.ANY_CATEGORY,
                        1000));
    }

    @Test
    void importsOwnDataBesideTheOfficialAndReadsItBack() throws IOException {
        Path file = write("survey.csv", HEADER + ROW + "my.survey,population.total,TW:09007020,2020,T,_T,_T,2400,E\n");

        ImportSummary summary = importFile(file);

        assertThat(summary.rows()).isEqualTo(2);
        assertThat(rows("population.total", "2020"))
                .extracting(o -> o.region().toString(), Observation::value, Observation::status, Observation::datasetId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TW:09007010", 7600.0, "A", "my.survey"),
                        org.assertj.core.groups.Tuple.tuple("TW:09007020", 2400.0, "E", "my.survey"));
        assertThat(rows("population.total", "2017")).hasSize(4);
        var dataset = w.datasets().findDataset("my.survey").orElseThrow();
        assertThat(dataset.title().en()).isEqualTo("survey");
        assertThat(dataset.licence()).isEqualTo("unspecified");
        assertThat(summary.warnings()).singleElement().asString().contains("survey.dataset.json");
    }

    @Test
    void acceptsBomCrlfAndGzip() throws IOException {
        byte[] text = ("\uFEFF" + HEADER + ROW).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gz)) {
            out.write(text);
        }
        importFile(write("survey.csv.gz", gz.toByteArray()));

        assertThat(rows("population.total", "2020"))
                .singleElement()
                .extracting(Observation::value)
                .isEqualTo(7600.0);
    }

    @Test
    void takesMetadataAndNewIndicatorsFromTheSidecar() throws IOException {
        write("survey.dataset.json", """
                {"id": "my.survey", "title": "Residents' survey 2020", "publisher": "Nangan township office",
                 "licence": "CC BY 4.0", "vintage": "2020-10",
                 "indicators": [{"id": "town.satisfaction", "category": "town_development", "name_zh_hant": "居民滿意度",
                                 "name_en": "Residents' satisfaction", "unit": "%", "aggregation": "not_additive"}]}
                """);
        Path file = write("survey.csv", HEADER + "my.survey,town.satisfaction,TW:09007010,2020,T,_T,_T,71.5,\n");

        ImportSummary summary = importFile(file);

        assertThat(summary.warnings()).isEmpty();
        assertThat(w.datasets().findDataset("my.survey").orElseThrow().licence())
                .isEqualTo("CC BY 4.0");
        assertThat(w.indicators()
                        .getIndicator(IndicatorId.of("town.satisfaction"))
                        .unit())
                .isEqualTo("%");
        assertThat(rows("town.satisfaction", "2020"))
                .singleElement()
                .extracting(Observation::value)
                .isEqualTo(71.5);
    }

    @Test
    void importingTheSameFileTwiceStoresItOnce() throws IOException {
        Path file = write("survey.csv", HEADER + ROW);
        importFile(file);

        ImportSummary again = importFile(file);

        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(rows("population.total", "2020")).hasSize(1);
    }

    @Test
    void aChangedFileReplacesItsEarlierVersion() throws IOException {
        importFile(write("survey.csv", HEADER + ROW));

        importFile(write("survey.csv", HEADER + ROW.replace("7600", "7700")));

        assertThat(rows("population.total", "2020"))
                .singleElement()
                .extracting(Observation::value)
                .isEqualTo(7700.0);
    }

    @Test
    void ownDataForAKeyTheDerivationFilledWinsOverIt() throws IOException {
        importFile(write("survey.csv", HEADER + "my.survey,population.share_65_plus,TW:09007010,2017,T,_T,_T,12.5,\n"));

        assertThat(rows("population.share_65_plus", "2017"))
                .filteredOn(o -> o.region().toString().equals("TW:09007010"))
                .singleElement()
                .extracting(Observation::value, Observation::datasetId)
                .containsExactly(12.5, "my.survey");
    }

    record Bad(String name, byte[] content, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Bad bad(String name, String content, String expected) {
        return new Bad(name, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    static List<Bad> badFiles() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(gz)) {
            out.write((HEADER + ROW.repeat(200)).getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        String big5 = HEADER + "my.survey,population.total,TW:09007010,2020,T,_T,臺灣,7600,A\n";
        String sjis = HEADER + "my.survey,population.total,TW:09007010,2020,T,_T,人口総数,7600,A\n";
        return List.of(
                new Bad("big5.csv", big5.getBytes(Charset.forName("Big5")), "looks like Big5"),
                new Bad("shift_jis.csv", sjis.getBytes(Charset.forName("Shift_JIS")), "looks like Shift_JIS"),
                bad("empty.csv", "", "the file is empty"),
                bad("header-only.csv", HEADER, "no rows"),
                bad("missing-column.csv", HEADER.replace(",status", "") + ROW, "lacks column status"),
                bad(
                        "extra-column.csv",
                        HEADER.replace("\n", ",note\n") + ROW.replace("\n", ",x\n"),
                        "unknown column 'note'"),
                bad(
                        "short-row.csv",
                        HEADER + "my.survey,population.total,TW:09007010,2020\n",
                        ":2: the line has 4 fields"),
                bad("non-numeric.csv", HEADER + ROW.replace("7600", "7,600"), "the line has 10 fields"),
                bad("text-value.csv", HEADER + ROW.replace("7600", "n/a"), ":2: value: 'n/a' is not a number"),
                bad(
                        "negative-count.csv",
                        HEADER + ROW.replace("7600", "-5"),
                        ":2: value: outside the indicator's valid range '-5.0'"),
                bad("duplicate.csv", HEADER + ROW + ROW, "the same observation appears more than once"),
                bad(
                        "unknown-region.csv",
                        HEADER + ROW.replace("TW:09007010", "TW:99999999"),
                        ":2: region_id: unknown region 'TW:99999999'"),
                bad(
                        "unknown-indicator.csv",
                        HEADER + ROW.replace("population.total", "population.happiness"),
                        "unknown indicator 'population.happiness'"),
                bad("bad-period.csv", HEADER + ROW.replace(",2020,", ",109,"), ":2: period: not a period '109'"),
                bad("bad-sex.csv", HEADER + ROW.replace(",T,_T,_T,", ",X,_T,_T,"), ":2: sex: not a sex code 'X'"),
                bad("bad-age.csv", HEADER + ROW.replace(",T,_T,_T,", ",T,0~4,_T,"), "not an age group '0~4'"),
                bad(
                        "official-key.csv",
                        HEADER + ROW.replace(",2020,", ",2017,"),
                        "already provided by another dataset"),
                bad(
                        "bundled-id.csv",
                        HEADER + ROW.replace("my.survey", "tw.moi.population_age5"),
                        "is a dataset of the bundled data"),
                bad(
                        "two-datasets.csv",
                        HEADER + ROW + ROW.replace("my.survey", "other").replace("TW:09007010", "TW:09007020"),
                        "one file holds one dataset"),
                bad("open-quote.csv", HEADER + ROW.replace("my.survey", "\"my.survey"), "never closed"),
                new Bad("truncated.csv.gz", truncated, "truncated"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRejectedWithAClearReasonAndNothingChanges(Bad bad) throws IOException {
        importFile(write("first.csv", HEADER + ROW.replace("my.survey", "first")));
        long datasets = w.datasets().listDatasets().size();
        List<Observation> before = rows("population.total", null);
        Path file = write(bad.name(), bad.content());

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.issues())
                        .extracting(ImportIssue::toString)
                        .anySatisfy(
                                issue -> assertThat(issue).contains(bad.name()).contains(bad.expected())));

        assertThat(w.datasets().listDatasets()).hasSize((int) datasets);
        assertThat(rows("population.total", null)).isEqualTo(before);
    }

    @Test
    void severalFilesImportTogetherOrNotAtAll() throws IOException {
        Path good = write("good.csv", HEADER + ROW);
        Path bad = write("bad.csv", HEADER + ROW.replace("my.survey", "other").replace("7600", "n/a"));

        assertThatThrownBy(() -> w.importFiles(
                        List.of(good, bad), UserFileImporter.Metadata.NONE, data, false, ImportListener.SILENT))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.issues())
                        .extracting(ImportIssue::toString)
                        .singleElement()
                        .asString()
                        .contains("bad.csv:2"));
        assertThat(w.datasets().findDataset("my.survey")).isEmpty();

        ImportSummary both = w.importFiles(
                List.of(
                        good,
                        write(
                                "bad.csv",
                                HEADER + ROW.replace("my.survey", "other").replace("TW:09007010", "TW:09007020"))),
                UserFileImporter.Metadata.NONE,
                data,
                false,
                ImportListener.SILENT);
        assertThat(both.imported()).isEqualTo(2);
        assertThat(rows("population.total", "2020")).hasSize(2);
    }

    @Test
    void reportsEveryBadLineNotOnlyTheFirst() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 40; i++) {
            csv.append("my.survey,population.total,TW:09007010,")
                    .append(1980 + i)
                    .append(",T,_T,_T,abc,\n");
        }
        Path file = write("forty.csv", csv.toString());

        assertThatThrownBy(() -> importFile(file)).isInstanceOfSatisfying(ImportRejectedException.class, e -> {
            assertThat(e.count()).isEqualTo(40);
            assertThat(e.issues())
                    .extracting(ImportIssue::line)
                    .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(2, 41)
                            .boxed()
                            .toList());
        });
    }
}
