-- Population structure from the broad age groups of 10-population.sql and population.total:
-- shares of the population of known age, ageing index, dependency ratios, sex ratio (all ages and per age
-- group), median age (linear interpolation inside the group holding the middle person), density (region
-- area) and persons per household. Country-neutral: works for any age breakdown.
WITH b AS (
    SELECT region_id, period, sex,
           max(value) FILTER (WHERE indicator_id = 'population.known_age') AS known,
           max(value) FILTER (WHERE indicator_id = 'population.age_0_14') AS a0,
           max(value) FILTER (WHERE indicator_id = 'population.age_15_64') AS a15,
           max(value) FILTER (WHERE indicator_id = 'population.age_65_plus') AS a65,
           max(value) FILTER (WHERE indicator_id = 'population.age_75_plus') AS a75,
           max(status) AS status
    FROM observation
    WHERE indicator_id IN ('population.known_age', 'population.age_0_14', 'population.age_15_64',
                           'population.age_65_plus', 'population.age_75_plus')
      AND age_group = '_T' AND category = '_T'
    GROUP BY region_id, period, sex
),
ratios AS (
    SELECT region_id, period, sex, status, 'population.share_0_14' AS indicator_id, 100.0 * a0 / known AS value FROM b WHERE known > 0
    UNION ALL SELECT region_id, period, sex, status, 'population.share_15_64', 100.0 * a15 / known FROM b WHERE known > 0
    UNION ALL SELECT region_id, period, sex, status, 'population.share_65_plus', 100.0 * a65 / known FROM b WHERE known > 0
    UNION ALL SELECT region_id, period, sex, status, 'population.share_75_plus', 100.0 * a75 / known FROM b WHERE known > 0
    UNION ALL SELECT region_id, period, sex, status, 'population.ageing_index', 100.0 * a65 / a0 FROM b WHERE a0 > 0
    UNION ALL SELECT region_id, period, sex, status, 'population.old_age_dependency', 100.0 * a65 / a15 FROM b WHERE a15 > 0
    UNION ALL SELECT region_id, period, sex, status, 'population.youth_dependency', 100.0 * a0 / a15 FROM b WHERE a15 > 0
    UNION ALL SELECT region_id, period, sex, status, 'population.total_dependency', 100.0 * (a0 + a65) / a15 FROM b WHERE a15 > 0
),
pop AS (
    SELECT region_id, period, sex, age_group, value, status
    FROM observation
    WHERE indicator_id = 'population.total' AND category = '_T'
),
sex_ratio AS (
    SELECT m.region_id, m.period, m.age_group, 100.0 * m.value / f.value AS value, greatest(m.status, f.status) AS status
    FROM pop m JOIN pop f ON f.region_id = m.region_id AND f.period = m.period AND f.age_group = m.age_group
    WHERE m.sex = 'M' AND f.sex = 'F' AND f.value > 0
),
groups AS (
    SELECT region_id, period, sex, value, status,
           CAST(regexp_extract(age_group, '^([0-9]+)', 1) AS INTEGER) AS lo,
           CASE WHEN age_group LIKE '%+' THEN NULL
                ELSE CAST(regexp_extract(age_group, '-([0-9]+)$', 1) AS INTEGER) + 1 END AS hi_excl
    FROM pop
    WHERE age_group NOT IN ('_T', 'unknown')
),
cumulated AS (
    SELECT *, sum(value) OVER (PARTITION BY region_id, period, sex ORDER BY lo) AS cum,
           sum(value) OVER (PARTITION BY region_id, period, sex) AS n
    FROM groups
),
median AS (
    SELECT region_id, period, sex,
           arg_min(CASE WHEN hi_excl IS NULL OR value <= 0 THEN NULL
                        ELSE lo + (hi_excl - lo) * (n / 2.0 - (cum - value)) / value END, lo) AS value,
           CASE WHEN bool_and(status = 'A') THEN 'A' ELSE 'E' END AS status
    FROM cumulated
    WHERE cum >= n / 2.0 AND n > 0
    GROUP BY region_id, period, sex
),
totals AS (
    SELECT region_id, period, value, status FROM pop WHERE sex = 'T' AND age_group = '_T'
),
households AS (
    SELECT region_id, period, value, status
    FROM observation
    WHERE indicator_id = 'population.households' AND sex = 'T' AND age_group = '_T' AND category = '_T'
)
SELECT indicator_id, region_id, period, sex, '_T' AS age_group, '_T' AS category, value, status FROM ratios
UNION ALL
SELECT 'population.sex_ratio', region_id, period, 'T', age_group, '_T', value, status FROM sex_ratio
UNION ALL
SELECT 'population.median_age', region_id, period, sex, '_T', '_T', value, status FROM median
UNION ALL
SELECT 'population.density', t.region_id, t.period, 'T', '_T', '_T', t.value / r.area_km2, t.status
FROM totals t JOIN region r ON r.region_id = t.region_id
WHERE r.area_km2 > 0
UNION ALL
SELECT 'population.persons_per_household', t.region_id, t.period, 'T', '_T', '_T', t.value / h.value,
       greatest(t.status, h.status)
FROM totals t JOIN households h ON h.region_id = t.region_id AND h.period = t.period
WHERE h.value > 0
