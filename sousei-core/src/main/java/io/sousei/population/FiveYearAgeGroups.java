package io.sousei.population;

import io.sousei.observation.AgeGroup;

/**
 * The age axis of a projection: five-year groups 0–4, 5–9, … up to an open last group starting at
 * {@code openAgeYears} (85+ or 90+ in official practice). Group {@code i} starts at {@code 5·i} years.
 *
 * @param openAgeYears lower bound of the open last group, a multiple of 5 between 20 and 120
 */
public record FiveYearAgeGroups(int openAgeYears) {

    public static final int WIDTH_YEARS = 5;

    /** 0–4 … 80–84, 85+ (18 groups): the PHG, UN WPP 5-year and most municipal tables. */
    public static final FiveYearAgeGroups OPEN_85 = new FiveYearAgeGroups(85);

    /** 0–4 … 85–89, 90+ (19 groups): recent IPSS municipal projections. */
    public static final FiveYearAgeGroups OPEN_90 = new FiveYearAgeGroups(90);

    public FiveYearAgeGroups {
        if (openAgeYears % WIDTH_YEARS != 0 || openAgeYears < 20 || openAgeYears > 120) {
            throw new IllegalArgumentException(
                    "the open age group starts at a multiple of 5 between 20 and 120, not " + openAgeYears);
        }
    }

    /** Number of groups including the open one. */
    public int count() {
        return openAgeYears / WIDTH_YEARS + 1;
    }

    public int openGroup() {
        return count() - 1;
    }

    public boolean isOpen(int group) {
        return checked(group) == openGroup();
    }

    public int lowerBoundYears(int group) {
        return checked(group) * WIDTH_YEARS;
    }

    /** The group that contains the exact age {@code ageYears}; ages at or above the open bound fall in it. */
    public int groupOf(int ageYears) {
        if (ageYears < 0) {
            throw new IllegalArgumentException("an age is not negative: " + ageYears);
        }
        return Math.min(ageYears / WIDTH_YEARS, openGroup());
    }

    /** The observation-schema code: {@code 0-4} … {@code 85+}. */
    public String label(int group) {
        return isOpen(group) ? AgeGroup.openFrom(lowerBoundYears(group)) : AgeGroup.fiveYear(lowerBoundYears(group));
    }

    private int checked(int group) {
        if (group < 0 || group >= count()) {
            throw new IndexOutOfBoundsException("age group " + group + " is outside 0.." + openGroup());
        }
        return group;
    }
}
