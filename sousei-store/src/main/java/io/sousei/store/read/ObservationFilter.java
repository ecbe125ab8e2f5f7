package io.sousei.store.read;

import io.sousei.observation.ObservationQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL condition of an observation query over {@code observation o JOIN region r}, with its parameters in
 * order: one place for what every reader and exporter of observations filters on.
 */
record ObservationFilter(String where, List<Object> parameters) {

    /**
     * The order of observation rows: by region, period, sex, age group by its lower bound ({@code 5-9} before
     * {@code 10-14}, totals first) and category, so that the same query always gives the same rows in the same order.
     */
    static final String ORDER_BY = " ORDER BY o.region_id, o.period, o.sex,"
            + " TRY_CAST(regexp_extract(o.age_group, '^[0-9]+') AS INTEGER) NULLS FIRST, o.age_group, o.category";

    static ObservationFilter of(ObservationQuery q) {
        StringBuilder sql = new StringBuilder("o.indicator_id = ? AND r.country = ? AND o.sex = ?");
        List<Object> p = new ArrayList<>(
                List.of(q.indicator().value(), q.country().name(), q.sex().name()));
        if (!q.ageGroup().equals(ObservationQuery.ANY_AGE_GROUP)) {
            sql.append(" AND o.age_group = ?");
            p.add(q.ageGroup());
        }
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
        return new ObservationFilter(sql.toString(), List.copyOf(p));
    }
}
