package io.sousei.web.api.economy;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.sousei.economy.CirculationReader;
import io.sousei.economy.IncomeReader;
import io.sousei.economy.IndustryStructureReader;
import io.sousei.economy.InputOutputAnalysis;
import io.sousei.economy.InputOutputTable;
import io.sousei.economy.InputOutputTableReader;
import io.sousei.economy.IoModel;
import io.sousei.economy.RippleSimulation;
import io.sousei.economy.RippleSpec;
import io.sousei.observation.ObservationRepository;
import io.sousei.region.Country;
import io.sousei.region.RegionCatalog;
import io.sousei.region.RegionId;
import io.sousei.web.http.CrossOrigin;
import io.sousei.web.http.QueryParameters;
import io.sousei.web.http.Responses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/economy/…}: industry structure and shift-share, TW town income, input–output multipliers and
 * ripple effects for the JP areas with a 2015 table, and the JP prefecture circulation account.
 */
public final class EconomyRoutes {

    private final IndustryStructureReader structures;
    private final IncomeReader incomes;
    private final InputOutputTableReader tables;
    private final CirculationReader circulation;
    private final RegionCatalog regions;
    private final Responses responses;

    public EconomyRoutes(ObservationRepository observations, RegionCatalog regions, Responses responses) {
        this.structures = new IndustryStructureReader(observations, regions);
        this.incomes = new IncomeReader(observations, regions);
        this.tables = new InputOutputTableReader(observations);
        this.circulation = new CirculationReader(observations);
        this.regions = regions;
        this.responses = responses;
    }

    public void register(RoutesConfig routes) {
        new CrossOrigin().register(routes, EconomyPaths.ALL);
        routes.get(EconomyPaths.INDUSTRY_STRUCTURE, this::industryStructure);
        routes.get(EconomyPaths.SHIFT_SHARE, this::shiftShare);
        routes.get(EconomyPaths.INCOME, this::income);
        routes.get(EconomyPaths.IO_MULTIPLIERS, this::multipliers);
        routes.get(EconomyPaths.IO_RIPPLE, this::ripple);
        routes.get(EconomyPaths.CIRCULATION, this::circulation);
    }

    private void industryStructure(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        RegionId region = region(query, "TW:10013010");
        boolean taiwan = region.country() == Country.TW;
        String indicator = query.find("indicator").orElse(taiwan ? "industry.establishments" : "industry.employees");
        String period = query.period().orElse(taiwan ? "2021-06" : "2016");
        responses.json(ctx, EconomyDtos.structure(structures.structure(region, indicator, period)));
    }

    private void shiftShare(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        RegionId region = region(query, "JP:01");
        String indicator = query.find("indicator").orElse("industry.employees");
        String base = query.get("base", "2016");
        String end = query.get("end", "2021");
        responses.json(
                ctx,
                EconomyDtos.shiftShare(
                        region, indicator, base, end, structures.shiftShare(region, indicator, base, end)));
    }

    private void income(Context ctx) {
        responses.json(ctx, EconomyDtos.income(incomes.profile(region(new QueryParameters(ctx), "TW:10013010"))));
    }

    private void multipliers(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        InputOutputTable table = table(query);
        IoModel model = model(query);
        String format = query.oneOf("format", List.of("json", "csv"));
        var m = InputOutputAnalysis.multipliers(table, tables.specFor(table, model, selfSufficiency(query)));
        if (format.equals("csv")) {
            responses.csv(
                    ctx,
                    MultipliersCsv.write(m),
                    "multipliers-" + table.area().toString().replace(':', '-') + ".csv");
        } else {
            responses.json(ctx, EconomyDtos.multipliers(m));
        }
    }

    private void ripple(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        InputOutputTable table = table(query);
        IoModel model = model(query);
        Map<String, Double> demand = new LinkedHashMap<>();
        List<String> shocks = query.list("shock");
        if (shocks.isEmpty()) {
            throw QueryParameters.bad("shock is required, e.g. shock=11:1000 (sector:million yen), repeatable");
        }
        for (String shock : shocks) {
            String[] parts = shock.split(":", 2);
            try {
                demand.merge(parts[0], Double.parseDouble(parts[1]), Double::sum);
            } catch (RuntimeException e) {
                throw QueryParameters.bad("shock '" + shock + "' is not SECTOR:AMOUNT like 11:1000");
            }
        }
        var result = RippleSimulation.simulate(
                table, RippleSpec.of(tables.specFor(table, model, selfSufficiency(query)), demand));
        responses.json(ctx, EconomyDtos.ripple(result));
    }

    private void circulation(Context ctx) {
        QueryParameters query = new QueryParameters(ctx);
        RegionId region = region(query, "JP:20");
        String period = query.period().orElse("2015");
        responses.json(ctx, EconomyDtos.circulation(circulation.account(region, period)));
    }

    private RegionId region(QueryParameters query, String example) {
        RegionId region = query.regionId("region")
                .orElseThrow(() -> QueryParameters.bad("region is required, e.g. region=" + example));
        regions.getRegion(region);
        return region;
    }

    private InputOutputTable table(QueryParameters query) {
        RegionId area = query.regionId("area")
                .orElseThrow(() -> QueryParameters.bad("area is required, e.g. area=JP or area=JP:01"));
        return tables.getTable(area);
    }

    /** {@code self_sufficiency=SECTOR:RATE}, repeatable: rates the user gives, overriding the FLQ estimate. */
    private static Map<String, Double> selfSufficiency(QueryParameters query) {
        Map<String, Double> rates = new LinkedHashMap<>();
        for (String given : query.list("self_sufficiency")) {
            String[] parts = given.split(":", 2);
            try {
                rates.put(parts[0], Double.parseDouble(parts[1]));
            } catch (RuntimeException e) {
                throw QueryParameters.bad("self_sufficiency '" + given + "' is not SECTOR:RATE like 11:0.65");
            }
        }
        return rates;
    }

    private static IoModel model(QueryParameters query) {
        return IoModel.findByKey(query.oneOf("model", List.of("closed", "regional")))
                .orElseThrow();
    }
}
