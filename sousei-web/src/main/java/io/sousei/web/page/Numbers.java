package io.sousei.web.page;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as the pages print them: thousands separated, rates to one decimal. */
public final class Numbers {

    private Numbers() {}

    public static String whole(BigDecimal value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }

    public static String oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    public static String signedOneDecimal(BigDecimal value) {
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "") + oneDecimal(value.abs());
    }

    /** Up to two decimals for small numbers, none for large ones. */
    public static String figure(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        if (value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0) {
            return whole(value);
        }
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
    }
}
