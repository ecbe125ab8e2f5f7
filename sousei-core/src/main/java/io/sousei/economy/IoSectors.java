package io.sousei.economy;

import java.util.List;
import java.util.Optional;

/**
 * The 12 sectors of the bundled 2015 tables (S. Fukui's aggregation), and the concordance from JSIC major groups
 * (two-digit 中分類) used to put persons engaged on them.
 */
public final class IoSectors {

    public static final List<Sector> BUNDLED_2015 = List.of(
            new Sector("01", "agriculture, forestry and fisheries"),
            new Sector("02", "mining"),
            new Sector("03", "manufacturing"),
            new Sector("04", "construction"),
            new Sector("05", "electricity, gas, heat, water and waste disposal"),
            new Sector("06", "commerce"),
            new Sector("07", "finance, insurance and real estate"),
            new Sector("08", "transport and postal services"),
            new Sector("09", "information and communications"),
            new Sector("10", "public administration"),
            new Sector("11", "services"),
            new Sector("12", "unclassified"));

    public static final String JSIC_CONCORDANCE = "JSIC major groups 01–04 → 01, 05 → 02, 06–08 → 04, 09–32 → 03,"
            + " 33–36 and 88 (waste) → 05, 37–41 → 09, 42–49 → 08, 50–61 → 06, 62–70 → 07, 97–98 → 10, 99 → 12,"
            + " the rest → 11";

    private IoSectors() {}

    /** The bundled sector of a JSIC major group (two digits), or empty for a code outside 01–99. */
    public static Optional<String> sectorOfJsicMajorGroup(int majorGroup) {
        if (majorGroup < 1 || majorGroup > 99) {
            return Optional.empty();
        }
        String sector;
        if (majorGroup <= 4) {
            sector = "01";
        } else if (majorGroup == 5) {
            sector = "02";
        } else if (majorGroup <= 8) {
            sector = "04";
        } else if (majorGroup <= 32) {
            sector = "03";
        } else if (majorGroup <= 36 || majorGroup == 88) {
            sector = "05";
        } else if (majorGroup <= 41) {
            sector = "09";
        } else if (majorGroup <= 49) {
            sector = "08";
        } else if (majorGroup <= 61) {
            sector = "06";
        } else if (majorGroup <= 70) {
            sector = "07";
        } else if (majorGroup == 97 || majorGroup == 98) {
            sector = "10";
        } else if (majorGroup == 99) {
            sector = "12";
        } else {
            sector = "11";
        }
        return Optional.of(sector);
    }
}
