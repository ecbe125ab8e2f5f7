package io.sousei.store.read;

import io.sousei.indicator.IndicatorId;
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
        StringBuilder sql = new StringBuilder("""
                SELECT o.dataset_id, o.indicator_id, o.region_id, o.period, o.sex, o.age_group, o.category, o.value, o.status
                FROM observation o JOIN region r ON r.region_id = o.region_id
                WHERE o.indicator_id = ? AND r.country = ? AND o.sex = ? AND o.age_group = ?
                """);
        List<Object> p = new ArrayList<>(
                List.of(q.indicator().value(), q.country().name(), q.sex().name(), q.ageGroup()));
        if (!q.category().equals(ObservationQuery.ANY_CATEGORY)) {
            sql.append(" AND o.category = ?");
            p.add(q.category());
        }
        if (q.level() != null) {
            sql.append(" AND r.level = ?");
            p.add(q.level().key());
        }
        if (q.parent() != null) {
            sql.append(" AND r.parent_id = ?");
            p.add(q.parent().toString());
        }
        if (!q.regions().isEmpty()) {
            sql.append(" AND o.region_id IN (")
                    .append("?,".repeat(q.regions().size() - 1))
                    .append("?)");
            q.regions().forEach(r -> p.add(r.toString()));
        }
        if (q.period() != null) {
            sql.append(" AND o.period = ?");
            p.add(q.period());
        }
        sql.append(" ORDER BY o.region_id, o.period, o.category LIMIT ").append(q.limit());
        return Rows.list(
                connections,
                sql.toString(),
                p,
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
}
