package io.sousei.store.population;

import io.sousei.observation.Sex;
import io.sousei.population.FertilitySchedule;
import io.sousei.population.PopulationBySexAge;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Japanese fertility: the prefecture's ASFR from SSDS births by mother's age (latest census year ≤ 2007) over the
 * census women, scaled to the prefecture's births in the base year; a municipality takes that schedule times its
 * TFR over the prefecture's (municipal Bayesian TFR 2008–2012 and prefecture TFR 2010, bases from 2010) or, for
 * earlier bases, times its child–woman ratio over the prefecture's. Sex ratio at birth: the prefecture's births by
 * sex in the base year.
 */
final class Fertility {

    private final PopulationReads reads;
    private final int baseYear;
    private final JapanInputs japan;
    private final Map<String, FertilitySchedule> byArea = new HashMap<>();
    private final Map<String, Double> tfr2010 = new HashMap<>();
    private final Map<String, double[]> birthsAtBase = new HashMap<>();
    private final Map<String, double[]> birthsByMotherAge = new HashMap<>();
    private final int scheduleYear;

    Fertility(PopulationReads reads, int baseYear, JapanInputs japan) {
        this.reads = reads;
        this.baseYear = baseYear;
        this.japan = japan;
        this.scheduleYear = JapanInputs.CENSUS_YEARS.stream()
                .filter(y -> y <= Math.min(baseYear, JapanInputs.LAST_YEAR_OF_DEATHS_BY_AGE))
                .reduce((a, b) -> b)
                .orElseThrow();
        for (String level : List.of("nation", "prefecture", "municipality")) {
            for (ObservedRow r : reads.rows("population.tfr", "JP", level, List.of("2010"))) {
                tfr2010.put(r.regionId(), r.value());
            }
        }
        for (String level : List.of("nation", "prefecture")) {
            for (ObservedRow r : reads.rows("population.births", "JP", level, List.of(String.valueOf(baseYear)))) {
                if ("_T".equals(r.ageGroup())) {
                    int s = "M".equals(r.sex()) ? 0 : "F".equals(r.sex()) ? 1 : 2;
                    birthsAtBase.computeIfAbsent(r.regionId(), k -> new double[3])[s] = r.value();
                }
            }
            for (ObservedRow r : reads.rows("population.births", "JP", level, List.of(String.valueOf(scheduleYear)))) {
                int lower = "0-14".equals(r.ageGroup())
                        ? 15
                        : "50+".equals(r.ageGroup()) ? 45 : SexAgeTable.lowerBoundOfFiveYearOrOpen(r.ageGroup());
                if ("T".equals(r.sex()) && lower >= 15 && lower <= 45) {
                    birthsByMotherAge.computeIfAbsent(r.regionId(), k -> new double[7])[(lower - 15) / 5] += r.value();
                }
            }
        }
    }

    /** A prefecture's (or the nation's) schedule. */
    FertilitySchedule ofArea(String area, String ignored) {
        return byArea.computeIfAbsent(area, this::compute);
    }

    FertilitySchedule ofMunicipality(String id, String pref) {
        FertilitySchedule p = ofArea(pref, pref);
        double relative;
        Double muni = tfr2010.get(id);
        Double prefTfr = tfr2010.get(pref);
        if (baseYear >= 2010 && muni != null && prefTfr != null && prefTfr > 0) {
            relative = muni / prefTfr;
        } else {
            PopulationBySexAge m = japan.municipal(baseYear).population(id);
            PopulationBySexAge a = japan.area("prefecture", baseYear).population(pref);
            relative =
                    m == null || a == null || a.childWomanRatio() == 0 ? 1 : m.childWomanRatio() / a.childWomanRatio();
        }
        return p.scaledToTotalFertilityRate(p.totalFertilityRate() * relative);
    }

    private FertilitySchedule compute(String area) {
        String level = area.equals("JP") ? "nation" : "prefecture";
        PopulationBySexAge women = japan.area(level, scheduleYear).population(area);
        double[] births = birthsByMotherAge.getOrDefault(area, new double[7]);
        double[] asfr = new double[7];
        for (int i = 0; i < 7; i++) {
            double w = women.persons(Sex.F, 3 + i);
            asfr[i] = w == 0 ? 0 : births[i] / w;
        }
        double[] atBase = birthsAtBase.getOrDefault(area, new double[3]);
        PopulationBySexAge now = japan.area(level, baseYear).population(area);
        double expected = 0;
        for (int i = 0; i < 7; i++) {
            expected += asfr[i] * now.persons(Sex.F, 3 + i);
        }
        double k = expected > 0 && atBase[2] > 0 ? atBase[2] / expected : 1;
        for (int i = 0; i < 7; i++) {
            asfr[i] *= k;
        }
        double srb =
                atBase[0] > 0 && atBase[1] > 0 ? atBase[0] / atBase[1] : FertilitySchedule.DEFAULT_SEX_RATIO_AT_BIRTH;
        return FertilitySchedule.of(15, asfr, srb);
    }
}
