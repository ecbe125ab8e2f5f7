package io.sousei.web.api.economy;

import io.sousei.economy.IoMultipliers;
import io.sousei.economy.SectorMultipliers;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The multipliers CSV: exactly {@link #HEADER}; a column the data cannot support is left empty (the JSON form
 * gives the reason). Numbers with six decimals.
 */
public final class MultipliersCsv {

    public static final String HEADER = "sector_code,sector_name,output_multiplier,value_added_multiplier,"
            + "income_multiplier,backward_linkage,forward_linkage";

    private MultipliersCsv() {}

    public static String write(IoMultipliers m) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (SectorMultipliers s : m.sectors()) {
            csv.append(s.sector().code())
                    .append(',')
                    .append(quoted(s.sector().name()))
                    .append(',')
                    .append(number(s.outputMultiplier()))
                    .append(',')
                    .append(optional(s.valueAddedMultiplier()))
                    .append(',')
                    .append(optional(s.incomeMultiplier()))
                    .append(',')
                    .append(number(s.backwardLinkage()))
                    .append(',')
                    .append(number(s.forwardLinkage()))
                    .append('\n');
        }
        return csv.toString();
    }

    private static String optional(OptionalDouble d) {
        return d.isPresent() ? number(d.getAsDouble()) : "";
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.6f", d);
    }

    private static String quoted(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
