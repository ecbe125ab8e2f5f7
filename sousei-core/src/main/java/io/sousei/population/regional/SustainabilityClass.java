package io.sousei.population.regional;

/**
 * The 人口戦略会議 (2024) screen on the 30-year change of women aged 20–39 (METHODS §1.5): with migration and in the
 * closed population (封鎖人口).
 */
public enum SustainabilityClass {
    /** 自立持続可能性自治体: the decline is below 20% both with migration and in the closed population. */
    SELF_SUSTAINING("自立持続可能性自治体"),
    /** ブラックホール型自治体: kept above a 50% loss only by in-migration; the closed population loses ≥ 50%. */
    BLACK_HOLE("ブラックホール型自治体"),
    /** 消滅可能性自治体: the women aged 20–39 decline by 50% or more with migration. */
    POSSIBLE_EXTINCTION("消滅可能性自治体"),
    /** None of the three. */
    OTHER("その他");

    /** A decline of this share or more (with migration) marks 消滅可能性. */
    public static final double EXTINCTION_DECLINE = 0.5;

    /** A decline below this share in both runs marks 自立持続可能性. */
    public static final double SUSTAINABLE_DECLINE = 0.2;

    private final String japaneseName;

    SustainabilityClass(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }

    /** From the change rates (e.g. −0.55 for a 55% loss) with migration and in the closed population. */
    public static SustainabilityClass of(double changeWithMigration, double changeClosed) {
        if (changeWithMigration <= -EXTINCTION_DECLINE) {
            return POSSIBLE_EXTINCTION;
        }
        if (changeClosed <= -EXTINCTION_DECLINE) {
            return BLACK_HOLE;
        }
        if (changeWithMigration > -SUSTAINABLE_DECLINE && changeClosed > -SUSTAINABLE_DECLINE) {
            return SELF_SUSTAINING;
        }
        return OTHER;
    }
}
