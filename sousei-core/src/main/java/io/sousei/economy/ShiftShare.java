package io.sousei.economy;

import java.util.ArrayList;
import java.util.List;

/** Classic shift-share between two years (METHODS §2.5). */
public final class ShiftShare {

    private ShiftShare() {}

    /**
     * Splits each industry's change in the region into national share, industry mix and regional shift. An
     * industry with no base amount in the region is all regional shift; one absent from the nation's base has
     * g<sub>iN</sub> = g<sub>N</sub>.
     */
    public static List<ShiftShareComponents> decompose(
            IndustryMix regionBase, IndustryMix regionEnd, IndustryMix referenceBase, IndustryMix referenceEnd) {
        double gN = growth(referenceBase.total(), referenceEnd.total());
        List<ShiftShareComponents> parts = new ArrayList<>();
        for (String industry : IndustryStructureAnalysis.industries(regionBase, regionEnd)) {
            double e0 = regionBase.amount(industry);
            double e1 = regionEnd.amount(industry);
            double baseN = referenceBase.amount(industry);
            double giN = baseN > 0.0 ? growth(baseN, referenceEnd.amount(industry)) : gN;
            double national = e0 * gN;
            double mix = e0 * (giN - gN);
            double regional = (e1 - e0) - national - mix;
            parts.add(new ShiftShareComponents(industry, e0, e1 - e0, national, mix, regional));
        }
        return parts;
    }

    private static double growth(double base, double end) {
        return base == 0.0 ? 0.0 : end / base - 1.0;
    }
}
