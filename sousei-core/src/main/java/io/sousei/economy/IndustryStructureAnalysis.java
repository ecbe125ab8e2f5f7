package io.sousei.economy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/** Specialisation and diversity measures of METHODS §2.4 on industry mixes. */
public final class IndustryStructureAnalysis {

    private IndustryStructureAnalysis() {}

    /**
     * 特化係数 LQ<sub>i</sub> = (e<sub>ir</sub>/e<sub>r</sub>) / (e<sub>iN</sub>/e<sub>N</sub>) for every industry of the reference; an industry
     * absent from the reference has no quotient (empty).
     */
    public static Map<String, OptionalDouble> locationQuotients(IndustryMix region, IndustryMix reference) {
        Map<String, OptionalDouble> lq = new LinkedHashMap<>();
        for (String industry : industries(region, reference)) {
            double referenceShare = reference.share(industry);
            lq.put(
                    industry,
                    referenceShare > 0.0
                            ? OptionalDouble.of(region.share(industry) / referenceShare)
                            : OptionalDouble.empty());
        }
        return lq;
    }

    /** Krugman specialisation index K = Σ<sub>i</sub> |s<sub>ir</sub> − s<sub>iN</sub>|, in [0, 2]. */
    public static double krugmanIndex(IndustryMix region, IndustryMix reference) {
        double k = 0.0;
        for (String industry : industries(region, reference)) {
            k += Math.abs(region.share(industry) - reference.share(industry));
        }
        return k;
    }

    /** Herfindahl–Hirschman index H = Σ s<sub>i</sub>², in [1/n, 1]; low = diverse. */
    public static double herfindahlIndex(IndustryMix mix) {
        double h = 0.0;
        for (String industry : mix.amounts().keySet()) {
            double s = mix.share(industry);
            h += s * s;
        }
        return h;
    }

    /** 労働生産性 by industry = value added / persons engaged, where both exist and persons &gt; 0. */
    public static Map<String, Double> labourProductivity(IndustryMix valueAdded, IndustryMix employees) {
        Map<String, Double> p = new LinkedHashMap<>();
        for (String industry : valueAdded.amounts().keySet()) {
            double persons = employees.amount(industry);
            if (persons > 0.0 && employees.amounts().containsKey(industry)) {
                p.put(industry, valueAdded.amount(industry) / persons);
            }
        }
        return p;
    }

    /** 労働生産性の特化係数 = (VA<sub>ir</sub>/E<sub>ir</sub>) / (VA<sub>iN</sub>/E<sub>iN</sub>). */
    public static Map<String, Double> productivitySpecialisation(
            Map<String, Double> regionProductivity, Map<String, Double> referenceProductivity) {
        Map<String, Double> r = new LinkedHashMap<>();
        for (var e : regionProductivity.entrySet()) {
            Double reference = referenceProductivity.get(e.getKey());
            if (reference != null && reference > 0.0) {
                r.put(e.getKey(), e.getValue() / reference);
            }
        }
        return r;
    }

    static Set<String> industries(IndustryMix a, IndustryMix b) {
        Set<String> s = new LinkedHashSet<>(b.amounts().keySet());
        s.addAll(a.amounts().keySet());
        return s;
    }
}
