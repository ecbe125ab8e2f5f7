-- Registered births (T/M/F), deaths (T/M/F), marriages and divorces (couples) by town and month (period
-- 2014-04 …), and their sums over each complete calendar year (period 2015 … 2025; 2014 starts in April
-- and 2026 ends in June, so neither gets an annual value). Births T is the file's total column.
WITH src AS (
    SELECT * FROM read_csv('${dir}/town_monthly_births_deaths_marriages_2014-04_2026-06.csv.gz', header = true,
                           columns = {'year_month': 'VARCHAR', 'town_code': 'VARCHAR', 'county_name': 'VARCHAR',
                                      'town_name': 'VARCHAR', 'births': 'BIGINT', 'births_m': 'BIGINT',
                                      'births_f': 'BIGINT', 'deaths': 'BIGINT', 'deaths_m': 'BIGINT',
                                      'deaths_f': 'BIGINT', 'marriages': 'BIGINT', 'divorces': 'BIGINT'})
),
long AS (
    SELECT year_month AS month, 'TW:' || town_code AS region_id, v.indicator_id, v.sex, v.value
    FROM src,
         LATERAL (VALUES ('population.births', 'T', births), ('population.births', 'M', births_m),
                         ('population.births', 'F', births_f), ('population.deaths', 'T', deaths),
                         ('population.deaths', 'M', deaths_m), ('population.deaths', 'F', deaths_f),
                         ('population.marriages', 'T', marriages), ('population.divorces', 'T', divorces))
             AS v(indicator_id, sex, value)
),
complete_years AS (
    SELECT substr(month, 1, 4) AS year FROM long GROUP BY 1 HAVING count(DISTINCT month) = 12
)
SELECT indicator_id, region_id, month AS period, sex, '_T' AS age_group, '_T' AS category, value, 'A' AS status
FROM long
UNION ALL
SELECT indicator_id, region_id, substr(month, 1, 4), sex, '_T', '_T', sum(value), 'A'
FROM long
WHERE substr(month, 1, 4) IN (SELECT year FROM complete_years)
GROUP BY indicator_id, region_id, substr(month, 1, 4), sex
