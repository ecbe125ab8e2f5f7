-- Broad age groups from any age breakdown of population.total (5-year groups, single years N-N, open last
-- groups like 85+, 90+ or 100+), for every region, period and sex, in both countries:
--   population.known_age     sum over the stated age groups (age unknown is left out)
--   population.age_0_14, age_15_64, age_65_plus, age_75_plus, women_15_49, women_20_39
-- A broad group is computed only when no stated age group straddles its bounds.
-- One statement; later files (11-…, 12-…, 13-…) read these rows.
WITH ages AS (
    SELECT region_id, period, sex, value, status,
           CAST(regexp_extract(age_group, '^([0-9]+)', 1) AS INTEGER) AS lo,
           CASE WHEN age_group LIKE '%+' THEN NULL
                ELSE CAST(regexp_extract(age_group, '-([0-9]+)$', 1) AS INTEGER) END AS hi
    FROM observation
    WHERE indicator_id = 'population.total' AND age_group NOT IN ('_T', 'unknown')
),
bounds(indicator_id, from_age, to_age, only_sex) AS (
    VALUES ('population.known_age', 0, NULL, NULL),
           ('population.age_0_14', 0, 14, NULL),
           ('population.age_15_64', 15, 64, NULL),
           ('population.age_65_plus', 65, NULL, NULL),
           ('population.age_75_plus', 75, NULL, NULL),
           ('population.women_15_49', 15, 49, 'F'),
           ('population.women_20_39', 20, 39, 'F')
)
SELECT b.indicator_id, a.region_id, a.period, a.sex, '_T' AS age_group, '_T' AS category,
       sum(a.value) FILTER (WHERE a.lo >= b.from_age AND (b.to_age IS NULL OR a.hi <= b.to_age)) AS value,
       CASE WHEN bool_and(a.status = 'A') THEN 'A' ELSE 'E' END AS status
FROM ages a CROSS JOIN bounds b
WHERE b.only_sex IS NULL OR a.sex = b.only_sex
GROUP BY b.indicator_id, a.region_id, a.period, a.sex
-- no group may straddle a bound (e.g. a 10-19 group for age_0_14), and the range must be covered
HAVING NOT bool_or(a.lo < b.from_age AND (a.hi IS NULL OR a.hi >= b.from_age))
   AND NOT bool_or(b.to_age IS NOT NULL AND a.lo <= b.to_age AND (a.hi IS NULL OR a.hi > b.to_age))
   AND bool_or(a.lo >= b.from_age AND (b.to_age IS NULL OR a.hi <= b.to_age))
