-- 国勢調査 population 1980–2015 by municipality (2016-10-10 boundaries), sex and five-year age group, wide →
-- long, with the totals over sex and over age (GROUPING SETS). The published `total` equals the sum of the
-- age columns including "age unknown" (checked for every row: see docs/data/japan.md), so the totals are
-- computed from the age columns, and `unknown` stays a group of its own. Period = census year (1 October).
WITH src AS (
    SELECT * FROM read_csv('${dir}/muni_census_pop_age5_sex_1980-2015_ecitizen.csv.gz',
                           header = true, types = {'code': 'VARCHAR'})
),
long AS (
    UNPIVOT src ON a0_4, a5_9, a10_14, a15_19, a20_24, a25_29, a30_34, a35_39, a40_44, a45_49, a50_54, a55_59,
                   a60_64, a65_69, a70_74, a75_79, a80_84, a85_89, a90p, age_unknown
    INTO NAME col VALUE persons
),
coded AS (
    SELECT code, CAST(year AS VARCHAR) AS period, sex,
           CASE col WHEN 'a90p' THEN '90+' WHEN 'age_unknown' THEN 'unknown'
                    ELSE replace(substr(col, 2), '_', '-') END AS age_group,
           persons
    FROM long
)
SELECT 'population.total' AS indicator_id, 'JP:' || code AS region_id, period,
       CASE WHEN GROUPING(sex) = 1 THEN 'T' ELSE sex END AS sex,
       CASE WHEN GROUPING(age_group) = 1 THEN '_T' ELSE age_group END AS age_group,
       '_T' AS category, CAST(sum(persons) AS DOUBLE) AS value, 'A' AS status
FROM coded
GROUP BY GROUPING SETS ((code, period, sex, age_group), (code, period, sex), (code, period, age_group), (code, period))
