package io.sousei.web.api;

import io.sousei.observation.Sex;
import io.sousei.population.FiveYearAgeGroups;
import io.sousei.population.PopulationBySexAge;
import io.sousei.population.PopulationSeries;
import io.sousei.population.regional.ProjectionOptions;
import io.sousei.population.regional.RegionalProjectionResult;
import io.sousei.population.regional.RegionalProjectionSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A projection result as JSON (DTOs) or as CSV {@code region_id,year,sex,age_group,population}. */
public final class ProjectionMapper {

    public static final List<String> CSV_HEADER = List.of("region_id", "year", "sex", "age_group", "population");

    private ProjectionMapper() {}

    public static ProjectionDto dto(RegionalProjectionResult result) {
        return dto(result, true);
    }

    /** With {@code cells} false, each year keeps its totals and broad groups only (a whole-country map). */
    public static ProjectionDto dto(RegionalProjectionResult result, boolean cells) {
        RegionalProjectionSpec spec = result.spec();
        FiveYearAgeGroups groups = groups(result);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < groups.count(); i++) {
            labels.add(groups.label(i));
        }
        List<ProjectionRegionDto> regions = new ArrayList<>();
        result.series()
                .forEach((id, series) -> regions.add(new ProjectionRegionDto(id.toString(), years(series, cells))));
        var path = spec.scenario().tfrPath();
        return new ProjectionDto(
                spec.country().name(),
                ProjectionOptions.methodKey(spec.method()),
                spec.baseYear(),
                spec.horizonYear(),
                path.map(p -> PlainNumbers.decimal(p.targetTfr())).orElse(null),
                path.map(p -> p.targetYear()).orElse(null),
                PlainNumbers.decimal(spec.scenario().migrationMultiplier()),
                spec.adjustNational(),
                labels,
                regions);
    }

    /** The CSV body, RFC 4180 with CRLF, one row per region × year × sex × age group. */
    public static String csv(RegionalProjectionResult result) {
        FiveYearAgeGroups groups = groups(result);
        Csv csv = new Csv().row(CSV_HEADER);
        result.series().forEach((id, series) -> {
            for (int year : series.listYears()) {
                PopulationBySexAge p = series.getPopulation(year);
                for (Sex sex : new Sex[] {Sex.M, Sex.F}) {
                    for (int j = 0; j < groups.count(); j++) {
                        csv.row(List.of(
                                id.toString(),
                                String.valueOf(year),
                                sex.name(),
                                groups.label(j),
                                Persons.of(p.persons(sex, j)).toPlainString()));
                    }
                }
            }
        });
        return csv.toString();
    }

    private static FiveYearAgeGroups groups(RegionalProjectionResult result) {
        return result.series().values().iterator().next().first().ageGroups();
    }

    private static List<ProjectionYearDto> years(PopulationSeries series, boolean cells) {
        List<ProjectionYearDto> out = new ArrayList<>();
        for (int year : series.listYears()) {
            PopulationBySexAge p = series.getPopulation(year);
            out.add(new ProjectionYearDto(
                    year,
                    Persons.of(p.totalPersons()),
                    Persons.of(p.youngPersons()),
                    Persons.of(p.workingAgePersons()),
                    Persons.of(p.elderlyPersons()),
                    Persons.of(p.womenAged20To39()),
                    cells ? cells(p.personsByAge(Sex.M)) : null,
                    cells ? cells(p.personsByAge(Sex.F)) : null));
        }
        return out;
    }

    private static List<BigDecimal> cells(double[] persons) {
        return Arrays.stream(persons).mapToObj(Persons::of).toList();
    }
}
