package io.sousei.economy;

import io.sousei.region.RegionId;
import java.util.ArrayList;
import java.util.List;

/** Published worked examples (METHODS §2.6), keyed in from their sources. */
final class IoOracles {

    private IoOracles() {}

    /** Miller & Blair (2009) ch. 2, the two-sector example. */
    static InputOutputTable millerBlair() {
        return InputOutputTable.of(
                RegionId.parse("JP"), "2009", sectors(2), new double[][] {{150, 500}, {200, 100}}, new double[] {
                    1000, 2000
                });
    }

    /** Eurostat Manual (Beutel 2008) table 15.4, Germany, six groups, domestic flows, million EUR. */
    static InputOutputTable germany() {
        double[][] z = {
            {1131, 25480, 1, 607, 710, 762},
            {7930, 304584, 64167, 41082, 11981, 30360},
            {426, 7334, 3875, 5296, 23457, 9155},
            {3559, 72717, 14190, 74399, 10835, 21008},
            {3637, 96115, 31027, 65755, 193176, 34223},
            {1552, 14986, 1747, 11225, 15058, 22070}
        };
        double[] x = {43910, 1079446, 245606, 540063, 692487, 508918};
        double[] gva = {21664, 395022, 115624, 311407, 415426, 365017};
        double[] employment = {1096, 8381, 3236, 9251, 4258, 10206};
        return InputOutputTable.of(RegionId.parse("JP"), "1995", sectors(6), z, x)
                .withValueAdded(new SectorValues(gva, "million EUR", "published"))
                .withEmployment(new SectorValues(employment, "thousand persons", "published"));
    }

    /** iotables {@code netherlands_2006} (Spicosa teaching table), six groups, domestic flows, million EUR. */
    static InputOutputTable netherlands() {
        double[][] z = {
            {2731, 3, 8260, 36, 59, 615},
            {4, 282, 2013, 3979, 188, 60},
            {3322, 291, 40218, 480, 8004, 16999},
            {983, 53, 2400, 4395, 85, 3458},
            {121, 70, 565, 135, 14103, 9509},
            {2884, 1078, 28400, 1404, 9339, 106994}
        };
        double[] x = {21863, 12292, 210900, 18249, 60244, 435953};
        double[] compensation = {2336, 520, 35083, 1629, 14339, 151784};
        double[] households = {962, 28, 16896, 6184, 405, 123398};
        return InputOutputTable.of(RegionId.parse("JP"), "2006", sectors(6), z, x)
                .withCompensation(new SectorValues(compensation, "million EUR", "published"))
                .withHouseholdConsumption(new SectorValues(households, "million EUR", "published"));
    }

    static List<Sector> sectors(int n) {
        List<Sector> s = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            s.add(new Sector(String.format("%02d", i), "sector " + i));
        }
        return s;
    }
}
