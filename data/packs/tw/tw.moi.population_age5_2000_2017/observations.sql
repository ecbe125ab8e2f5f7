-- Year-end registered population by town, sex (M/F) and five-year age group (start 85 = 85+),
-- with the totals over sex, over age and over both (GROUPING SETS), so that sex T / age _T exists.
WITH src AS (
    SELECT 'TW:' || town_code AS region_id, CAST(year AS VARCHAR) AS period, sex,
           CASE WHEN age_group_start >= 85 THEN '85+'
                ELSE CAST(age_group_start AS VARCHAR) || '-' || CAST(age_group_start + 4 AS VARCHAR) END AS age_group,
           population
    FROM read_csv('${dir}/town_pop_age5_sex_2000-2017_TWmap.csv.gz', header = true,
                  columns = {'town_code': 'VARCHAR', 'county_name': 'VARCHAR', 'town_name': 'VARCHAR',
                             'year': 'INTEGER', 'sex': 'VARCHAR', 'age_group_start': 'INTEGER',
                             'population': 'BIGINT'})
)
SELECT 'population.total' AS indicator_id, region_id, period,
       coalesce(sex, 'T') AS sex, coalesce(age_group, '_T') AS age_group, '_T' AS category,
       sum(population) AS value, 'A' AS status
FROM src
GROUP BY GROUPING SETS ((region_id, period, sex, age_group), (region_id, period, sex),
                        (region_id, period, age_group), (region_id, period))
