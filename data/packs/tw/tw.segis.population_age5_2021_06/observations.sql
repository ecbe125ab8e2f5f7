-- June 2021 population by sex and five-year age group (0-4 … 95-99, 100+) for towns and villages, and the
-- village totals (T/M/F) and households of the SEGIS village summary (../regions).
-- The town totals over all ages (age _T) and the town households are NOT emitted: the monthly dataset
-- tw.moi.population_households_monthly_2016_2022 gives them for 2021-06, and wins. (Checked: the age
-- groups of every town add up exactly to its monthly total, 23,487,509 in all, households too.)
-- The school-age groups 0–5, 6–11, 12–17 of the files overlap the five-year groups and are left out.
WITH town AS (
    UNPIVOT (SELECT 'TW:' || town_code AS region_id, COLUMNS(lambda c: regexp_full_match(c, 'a[0-9]+(a[0-9]+|up_5)(_m|_f)?_cnt')
                                         AND NOT regexp_full_match(c, 'a(0a5|6a11|12a17).*'))
             FROM read_csv('${dir}/town_pop_age5_sex_2021-06_from_pscdata_village.csv', header = true,
                           types = {'town_code': 'VARCHAR'}))
    ON COLUMNS(* EXCLUDE (region_id)) INTO NAME col VALUE value
),
village AS (
    UNPIVOT (SELECT 'TW:' || district_code AS region_id, COLUMNS(lambda c: regexp_full_match(c, 'a[0-9]+(a[0-9]+|up_5)(_m|_f)?_cnt')
                                         AND NOT regexp_full_match(c, 'a(0a5|6a11|12a17).*'))
             FROM read_csv('${dir}/village_pop_age5_sex_2021-06_pscdata.csv.gz', header = true,
                           types = {'district_code': 'VARCHAR'}))
    ON COLUMNS(* EXCLUDE (region_id)) INTO NAME col VALUE value
),
ages AS (
    SELECT region_id, value,
           CASE WHEN col LIKE '%\_m\_cnt' ESCAPE '\' THEN 'M' WHEN col LIKE '%\_f\_cnt' ESCAPE '\' THEN 'F' ELSE 'T' END AS sex,
           CASE WHEN col LIKE 'a100up%' THEN '100+'
                ELSE regexp_extract(col, '^a([0-9]+)a([0-9]+)', 1) || '-' || regexp_extract(col, '^a([0-9]+)a([0-9]+)', 2)
           END AS age_group
    FROM (SELECT * FROM town UNION ALL SELECT * FROM village)
),
summary AS (
    SELECT 'TW:' || district_code AS region_id, h_cnt, p_cnt, m_cnt, f_cnt
    FROM read_csv('${dir}/../regions/village_pop_summary_2021-06_pscdata.csv.gz', header = true,
                  types = {'district_code': 'VARCHAR'})
)
SELECT 'population.total' AS indicator_id, region_id, '2021-06' AS period, sex, age_group, '_T' AS category,
       value, 'A' AS status
FROM ages
UNION ALL SELECT 'population.total', region_id, '2021-06', 'T', '_T', '_T', p_cnt, 'A' FROM summary
UNION ALL SELECT 'population.total', region_id, '2021-06', 'M', '_T', '_T', m_cnt, 'A' FROM summary
UNION ALL SELECT 'population.total', region_id, '2021-06', 'F', '_T', '_T', f_cnt, 'A' FROM summary
UNION ALL SELECT 'population.households', region_id, '2021-06', 'T', '_T', '_T', h_cnt, 'A' FROM summary
