package io.sousei.population;

import io.sousei.observation.Sex;

/**
 * Persons by sex and five-year age group at one date. Values are non-negative and kept at full precision
 * (round only for display). Broad groups follow the Japanese and Taiwanese conventions: 年少 0–14,
 * 生産年齢 15–64, 老年 65+.
 */
public final class PopulationBySexAge {

    private final SexAgeCells persons;

    private PopulationBySexAge(SexAgeCells persons) {
        if (!persons.allNonNegative()) {
            throw new IllegalArgumentException("a population has no negative cells: " + persons);
        }
        this.persons = persons;
    }

    public static PopulationBySexAge of(FiveYearAgeGroups ageGroups, double[] malePersons, double[] femalePersons) {
        return new PopulationBySexAge(new SexAgeCells(ageGroups, malePersons, femalePersons, "population"));
    }

    public static PopulationBySexAge zero(FiveYearAgeGroups ageGroups) {
        return of(ageGroups, new double[ageGroups.count()], new double[ageGroups.count()]);
    }

    /** Women only (men zero), as in a female-dominant projection. */
    public static PopulationBySexAge femalesOnly(FiveYearAgeGroups ageGroups, double[] femalePersons) {
        return of(ageGroups, new double[ageGroups.count()], femalePersons);
    }

    public FiveYearAgeGroups ageGroups() {
        return persons.ageGroups();
    }

    /** Persons of one sex (M, F) or both (T) in one age group. */
    public double persons(Sex sex, int group) {
        return sex == Sex.T ? persons.get(Sex.M, group) + persons.get(Sex.F, group) : persons.get(sex, group);
    }

    /** A copy of one sex's persons by age group (M or F). */
    public double[] personsByAge(Sex sex) {
        return persons.copy(sex);
    }

    public double totalPersons() {
        return persons.sum(Sex.M) + persons.sum(Sex.F);
    }

    public double totalPersons(Sex sex) {
        return sex == Sex.T ? totalPersons() : persons.sum(sex);
    }

    /**
     * Persons of {@code sex} in the groups lying within [{@code fromAgeYears}, {@code toAgeYears}); both bounds are
     * multiples of 5 and {@code toAgeYears = Integer.MAX_VALUE} reaches the open group.
     */
    public double personsAged(Sex sex, int fromAgeYears, int toAgeYears) {
        FiveYearAgeGroups g = ageGroups();
        if (fromAgeYears % 5 != 0 || (toAgeYears != Integer.MAX_VALUE && toAgeYears % 5 != 0)) {
            throw new IllegalArgumentException("age bounds are multiples of 5: " + fromAgeYears + ", " + toAgeYears);
        }
        if (toAgeYears != Integer.MAX_VALUE && toAgeYears > g.openAgeYears()) {
            throw new IllegalArgumentException(
                    "ages up to " + toAgeYears + " cut the open group " + g.label(g.openGroup()));
        }
        double s = 0;
        for (int i = 0; i < g.count(); i++) {
            int lower = g.lowerBoundYears(i);
            if (lower >= fromAgeYears && lower < toAgeYears) {
                s += persons(sex, i);
            }
        }
        return s;
    }

    /** 年少人口 / 幼年人口, ages 0–14, both sexes. */
    public double youngPersons() {
        return personsAged(Sex.T, 0, 15);
    }

    /** 生産年齢人口 / 工作年齡人口, ages 15–64, both sexes. */
    public double workingAgePersons() {
        return personsAged(Sex.T, 15, 65);
    }

    /** 老年人口, ages 65+, both sexes. */
    public double elderlyPersons() {
        return personsAged(Sex.T, 65, Integer.MAX_VALUE);
    }

    /** 後期高齢者, ages 75+, both sexes. */
    public double persons75Plus() {
        return personsAged(Sex.T, 75, Integer.MAX_VALUE);
    }

    /** Women aged 20–39, the 人口戦略会議 (2024) indicator of 消滅可能性. */
    public double womenAged20To39() {
        return personsAged(Sex.F, 20, 40);
    }

    /** Women aged 15–49, the denominator of the child–woman ratio. */
    public double womenAged15To49() {
        return personsAged(Sex.F, 15, 50);
    }

    /** 高齢化率: the share of 65+ in the total, in [0,1]; 0 for an empty population. */
    public double elderlyShare() {
        double total = totalPersons();
        return total == 0 ? 0 : elderlyPersons() / total;
    }

    /** 子ども女性比: children 0–4 (both sexes) per woman aged 15–49; 0 when there are no such women. */
    public double childWomanRatio() {
        double women = womenAged15To49();
        return women == 0 ? 0 : persons(Sex.T, 0) / women;
    }

    /** 0–4歳性比: boys aged 0–4 per 100 girls aged 0–4. */
    public double sexRatio0to4MalesPer100Females() {
        return 100 * persons(Sex.M, 0) / persons(Sex.F, 0);
    }

    /** The same population with the open group moved down to {@code openAgeYears} (90+ → 85+), summing the tail. */
    public PopulationBySexAge withOpenAgeGroup(int openAgeYears) {
        FiveYearAgeGroups target = new FiveYearAgeGroups(openAgeYears);
        if (openAgeYears > ageGroups().openAgeYears()) {
            throw new IllegalArgumentException("cannot split the open group "
                    + ageGroups().label(ageGroups().openGroup()) + " into " + target.label(target.openGroup()));
        }
        return of(target, collapse(Sex.M, target), collapse(Sex.F, target));
    }

    private double[] collapse(Sex sex, FiveYearAgeGroups target) {
        double[] out = new double[target.count()];
        double[] in = personsByAge(sex);
        for (int i = 0; i < in.length; i++) {
            out[Math.min(i, target.openGroup())] += in[i];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationBySexAge p && persons.equals(p.persons);
    }

    @Override
    public int hashCode() {
        return persons.hashCode();
    }

    @Override
    public String toString() {
        return "PopulationBySexAge[" + persons + "]";
    }
}
