package io.sousei.store.read;

import io.sousei.indicator.IndicatorId;
import io.sousei.observation.Breakdowns;
import io.sousei.observation.Observation;
import io.sousei.observation.ObservationQuery;
import io.sousei.observation.ObservationRepository;
import io.sousei.observation.Sex;
import io.sousei.region.Country;
import io.sousei.region.RegionId;
import io.sousei.region.RegionLevel;
import java.util.ArrayList;
import java.util.List;

/** Observations from the warehouse, filtered in SQL. */
public final class DuckDbObservationRepository implements ObservationRepository {

    private final Connections connections;

    public DuckDbObservationRepository(Connections connections) {
        this.connections = connections;
    }

    @Override
    public List<Observation> listObservations(ObservationQuery q) {
        ObservationFilter filter = ObservationFilter.of(q);
        String sql = """
                SELECT o.dataset_id, o.indicator_id, o.region_id, o.period, o.sex, o.age_group, o.category, o.value, o.status
                FROM observation o JOIN region r ON r.region_id = o.region_id
                WHERE\s""" + filter.where() + ObservationFilter.ORDER_BY + " LIMIT " + q.limit();
        return Rows.list(
                connections,
                sql,
                filter.parameters(),
                rs -> new Observation(
                        rs.getString(1),
                        IndicatorId.of(rs.getString(2)),
                        RegionId.parse(rs.getString(3)),
                        rs.getString(4),
                        Sex.valueOf(rs.getString(5)),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getDouble(8),
                        rs.getString(9)));
    }

    @Override
    public List<String> listPeriods(IndicatorId indicator, Country country, RegionLevel level) {
        String sql = """
                SELECT DISTINCT o.period FROM observation o JOIN region r ON r.region_id = o.region_id
                WHERE o.indicator_id = ? AND r.country = ?""" + (level == null ? "" : " AND r.level = ?") + " ORDER BY 1";
        List<Object> p = new ArrayList<>(List.of(indicator.value(), country.name()));
        if (level != null) {
            p.add(level.key());
        }
        return Rows.list(connections, sql, p, rs -> rs.getString(1));
    }

    @Override
    public Breakdowns listBreakdowns(IndicatorId indicator, Country country, RegionLevel level) {
        String from = " FROM observation o JOIN region r ON r.region_id = o.region_id WHERE o.indicator_id = ?"
                + " AND r.country = ?" + (level == null ? "" : " AND r.level = ?");
        List<Object> p = new ArrayList<>(List.of(indicator.value(), country.name()));
        if (level != null) {
            p.add(level.key());
        }
        List<Sex> sexes = Rows.list(
                connections,
                "SELECT DISTINCT o.sex" + from + " ORDER BY o.sex = 'T' DESC, o.sex = 'M' DESC",
                p,
                rs -> Sex.valueOf(rs.getString(1)));
        List<String> ages = Rows.list(
                connections,
                "SELECT DISTINCT o.age_group" + from + " ORDER BY o.age_group = '_T' DESC,"
                        + " TRY_CAST(regexp_extract(o.age_group, '^[0-9]+') AS INTEGER) NULLS LAST, o.age_group",
                p,
                rs -> rs.getString(1));
        List<String> categories = Rows.list(
                connections,
                "SELECT DISTINCT o.category" + from + " ORDER BY o.category = '_T' DESC, o.category",
                p,
                rs -> rs.getString(1));
        return new Breakdowns(sexes, ages, categories);
    }
}
