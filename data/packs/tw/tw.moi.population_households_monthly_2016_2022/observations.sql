-- Monthly households and population (T, M, F) by town at the end of each month (period 2016-01 …).
-- The December figures are also stored as year-end annual values: households for 2016–2021, population
-- only for 2018–2021, because tw.moi.population_age5_2000_2017 already gives the year-end population of
-- 2000–2017 (the two agree exactly for 2016 and 2017).
WITH src AS (
    SELECT year_month AS month, 'TW:' || town_code AS region_id, households, population, male, female
    FROM read_csv('${dir}/town_pop_households_monthly_2016-01_2022-03_kiang.csv.gz', header = true,
                  columns = {'year_month': 'VARCHAR', 'town_code': 'VARCHAR', 'county_name': 'VARCHAR',
                             'town_name': 'VARCHAR', 'households': 'BIGINT', 'population': 'BIGINT',
                             'male': 'BIGINT', 'female': 'BIGINT'})
),
long AS (
    SELECT month, region_id, 'population.households' AS indicator_id, 'T' AS sex, households AS value FROM src
    UNION ALL SELECT month, region_id, 'population.total', 'T', population FROM src
    UNION ALL SELECT month, region_id, 'population.total', 'M', male FROM src
    UNION ALL SELECT month, region_id, 'population.total', 'F', female FROM src
)
SELECT indicator_id, region_id, month AS period, sex, '_T' AS age_group, '_T' AS category, value, 'A' AS status
FROM long
UNION ALL
SELECT indicator_id, region_id, substr(month, 1, 4), sex, '_T', '_T', value, 'A'
FROM long
WHERE substr(month, 6, 2) = '12'
  AND (indicator_id = 'population.households' OR substr(month, 1, 4) >= '2018')
