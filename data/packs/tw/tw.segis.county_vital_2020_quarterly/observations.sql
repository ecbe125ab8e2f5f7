-- County births (born_cnt, _m, _f), deaths (dead_cnt, _m, _f), marriages (marry_cp_cnt, couples) and
-- divorces (divorce_cp_cnt, couples) of 2020. The files are named "semiannual", but info_time runs
-- 109Y1S … 109Y4S: four periods of one year, i.e. quarters (Q2–Q4 births and deaths equal the sums of the
-- monthly town file exactly), so the period is 2020-Q1 … 2020-Q4. Q1 is short: 27,904 births nationally
-- against 40,414 in January–March of the monthly file, and marriages/divorces of Q3/Q4 differ slightly,
-- so Q1 rows carry status U (low reliability) and the monthly series should be preferred.
-- The other types (births by nationality of the mother, within marriage, marriages by nationality of the
-- spouse, …) are not imported.
WITH src AS (
    SELECT * FROM read_csv('${dir}/county_births_deaths_semiannual_pscdata.csv', header = true,
                           types = {'county_id': 'VARCHAR'})
    UNION ALL
    SELECT * FROM read_csv('${dir}/county_marriages_divorces_semiannual_pscdata.csv', header = true,
                           types = {'county_id': 'VARCHAR'})
),
types(type, indicator_id, sex) AS (
    VALUES ('born_cnt', 'population.births', 'T'), ('born_m_cnt', 'population.births', 'M'),
           ('born_f_cnt', 'population.births', 'F'), ('dead_cnt', 'population.deaths', 'T'),
           ('dead_m_cnt', 'population.deaths', 'M'), ('dead_f_cnt', 'population.deaths', 'F'),
           ('marry_cp_cnt', 'population.marriages', 'T'), ('divorce_cp_cnt', 'population.divorces', 'T')
)
SELECT t.indicator_id, 'TW:' || s.county_id AS region_id,
       CAST(CAST(regexp_extract(s.info_time, '^([0-9]+)Y', 1) AS INTEGER) + 1911 AS VARCHAR)
           || '-Q' || regexp_extract(s.info_time, 'Y([1-4])S$', 1) AS period,
       t.sex, '_T' AS age_group, '_T' AS category, CAST(s.value AS DOUBLE) AS value,
       CASE WHEN s.info_time LIKE '%Y1S' THEN 'U' ELSE 'A' END AS status
FROM src s JOIN types t USING (type)
