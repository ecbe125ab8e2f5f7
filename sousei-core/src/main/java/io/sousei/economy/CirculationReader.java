package io.sousei.economy;

import io.sousei.observation.ObservationRepository;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The circulation account of a JP prefecture (or the nation) from SSDS: production = {@code economy.gdp}
 * (県内総生産, 属地, market prices), income = {@code economy.income} (県民所得, 属人, factor cost) with its three
 * parts. The expenditure side and the 属地 split of production are not in the data: they are listed as missing.
 */
public final class CirculationReader {

    private final Observations observations;

    public CirculationReader(ObservationRepository observations) {
        this.observations = new Observations(observations);
    }

    public RegionalCirculation account(RegionId prefecture, String fiscalYear) {
        if (prefecture.country() != Country.JP
                || (!prefecture.isNation() && prefecture.code().length() != 2)) {
            throw new EconomyException(
                    EconomyErrorCode.BAD_SPEC,
                    prefecture
                            + " is not a Japanese prefecture: the circulation account is by prefecture (JP:01 … JP:47)"
                            + " or for JP");
        }
        Map<String, Double> gdp = observations.byCategory("economy.gdp", prefecture, fiscalYear);
        Map<String, Double> income = observations.byCategory("economy.income", prefecture, fiscalYear);
        if (!gdp.containsKey("_T") || !income.containsKey("_T")) {
            throw new EconomyException(
                    EconomyErrorCode.NO_DATA,
                    "no prefectural GDP and income for " + prefecture + " in FY" + fiscalYear
                            + "; the data has FY2011–2021");
        }
        Map<String, Double> incomeParts = new LinkedHashMap<>(income);
        incomeParts.remove("_T");
        Map<String, String> missing = new LinkedHashMap<>();
        missing.put(
                "production_components",
                "compensation and other income on the workplace basis (属地) are not in the data; only GDP in total");
        missing.put(
                "expenditure",
                "no expenditure side (民間消費, 民間投資, その他支出 on 属地 and 属人 bases): economy.expenditure.* have"
                        + " no source yet");
        missing.put(
                "income_inflows",
                "the income net inflow is not split into commuting, property income and fiscal transfers");
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put(
                "comparability",
                "GDP at market prices includes depreciation and net indirect taxes, prefectural income (県民所得) is at"
                        + " factor cost: compare the rate with Japan's, not with 100");
        return CirculationAnalysis.account(
                prefecture,
                fiscalYear,
                Map.of("gdp", gdp.get("_T")),
                income.get("_T"),
                incomeParts,
                List.of(),
                missing,
                notes);
    }
}
