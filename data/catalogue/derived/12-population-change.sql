-- Population change over annual series (periods written as a bare year: year-end or census figures):
--   change_rate_1y (t−1 → t) and change_rate_5y (t−5 → t), all ages, by sex;
--   natural_change = births − deaths for every period both exist (months, quarters, years), by sex;
--   crude birth, death and marriage rates per 1,000 of the mean of the two year-end populations;
--   net_migration = P(t) − P(t−1) − (B(t) − D(t)) and its rate per 1,000 of the mean population.
-- Published values (e.g. the MOI crude birth rates 2015–2020) win over these, as for every derived row.
WITH pop AS (
    SELECT region_id, CAST(period AS INTEGER) AS year, sex, value, status
    FROM observation
    WHERE indicator_id = 'population.total' AND age_group = '_T' AND category = '_T'
      AND regexp_full_match(period, '[0-9]{4}')
),
flows AS (
    SELECT indicator_id, region_id, period, sex, value, status
    FROM observation
    WHERE indicator_id IN ('population.births', 'population.deaths', 'population.marriages')
      AND age_group = '_T' AND category = '_T'
),
annual_flows AS (
    SELECT region_id, CAST(period AS INTEGER) AS year, sex,
           max(value) FILTER (WHERE indicator_id = 'population.births') AS births,
           max(value) FILTER (WHERE indicator_id = 'population.deaths') AS deaths,
           max(value) FILTER (WHERE indicator_id = 'population.marriages') AS marriages,
           max(status) AS status
    FROM flows
    WHERE regexp_full_match(period, '[0-9]{4}')
    GROUP BY region_id, period, sex
),
with_mean AS (
    SELECT f.*, p1.value AS p_end, p0.value AS p_start, (p0.value + p1.value) / 2.0 AS p_mean,
           greatest(f.status, p0.status, p1.status) AS st
    FROM annual_flows f
    JOIN pop p1 ON p1.region_id = f.region_id AND p1.year = f.year AND p1.sex = f.sex
    JOIN pop p0 ON p0.region_id = f.region_id AND p0.year = f.year - 1 AND p0.sex = f.sex
),
nat AS (
    SELECT b.region_id, b.period, b.sex, b.value - d.value AS value, greatest(b.status, d.status) AS status
    FROM flows b JOIN flows d ON d.region_id = b.region_id AND d.period = b.period AND d.sex = b.sex
    WHERE b.indicator_id = 'population.births' AND d.indicator_id = 'population.deaths'
)
SELECT 'population.change_rate_1y' AS indicator_id, p1.region_id, CAST(p1.year AS VARCHAR) AS period, p1.sex,
       '_T' AS age_group, '_T' AS category, 100.0 * (p1.value / p0.value - 1) AS value,
       greatest(p0.status, p1.status) AS status
FROM pop p1 JOIN pop p0 ON p0.region_id = p1.region_id AND p0.sex = p1.sex AND p0.year = p1.year - 1
WHERE p0.value > 0
UNION ALL
SELECT 'population.change_rate_5y', p1.region_id, CAST(p1.year AS VARCHAR), p1.sex, '_T', '_T',
       100.0 * (p1.value / p0.value - 1), greatest(p0.status, p1.status)
FROM pop p1 JOIN pop p0 ON p0.region_id = p1.region_id AND p0.sex = p1.sex AND p0.year = p1.year - 5
WHERE p0.value > 0
UNION ALL
SELECT 'population.natural_change', region_id, period, sex, '_T', '_T', value, status FROM nat
UNION ALL
SELECT 'population.crude_birth_rate', region_id, CAST(year AS VARCHAR), sex, '_T', '_T', 1000.0 * births / p_mean, st
FROM with_mean WHERE births IS NOT NULL AND p_mean > 0 AND sex = 'T'
UNION ALL
SELECT 'population.crude_death_rate', region_id, CAST(year AS VARCHAR), sex, '_T', '_T', 1000.0 * deaths / p_mean, st
FROM with_mean WHERE deaths IS NOT NULL AND p_mean > 0
UNION ALL
SELECT 'population.marriage_rate', region_id, CAST(year AS VARCHAR), sex, '_T', '_T', 1000.0 * marriages / p_mean, st
FROM with_mean WHERE marriages IS NOT NULL AND p_mean > 0 AND sex = 'T'
UNION ALL
SELECT 'population.net_migration', region_id, CAST(year AS VARCHAR), sex, '_T', '_T',
       p_end - p_start - (births - deaths), st
FROM with_mean WHERE births IS NOT NULL AND deaths IS NOT NULL
UNION ALL
SELECT 'population.net_migration_rate', region_id, CAST(year AS VARCHAR), sex, '_T', '_T',
       1000.0 * (p_end - p_start - (births - deaths)) / p_mean, st
FROM with_mean WHERE births IS NOT NULL AND deaths IS NOT NULL AND p_mean > 0
