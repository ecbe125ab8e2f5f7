package io.sousei.web.api.economy;

import io.sousei.web.api.ApiPaths;
import java.util.List;

/** The economy routes of the read API. */
public final class EconomyPaths {

    public static final String ROOT = ApiPaths.ROOT + "/economy";
    public static final String INDUSTRY_STRUCTURE = ROOT + "/industry-structure";
    public static final String SHIFT_SHARE = ROOT + "/shift-share";
    public static final String INCOME = ROOT + "/income";
    public static final String IO_MULTIPLIERS = ROOT + "/io/multipliers";
    public static final String IO_RIPPLE = ROOT + "/io/ripple";
    public static final String CIRCULATION = ROOT + "/circulation";

    public static final List<String> ALL =
            List.of(INDUSTRY_STRUCTURE, SHIFT_SHARE, INCOME, IO_MULTIPLIERS, IO_RIPPLE, CIRCULATION);

    private EconomyPaths() {}
}
