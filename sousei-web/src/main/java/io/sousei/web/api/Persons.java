package io.sousei.web.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Projected persons for display: rounded to hundredths (the engine keeps full precision). */
final class Persons {

    private Persons() {}

    static BigDecimal of(double persons) {
        BigDecimal d =
                BigDecimal.valueOf(persons).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
