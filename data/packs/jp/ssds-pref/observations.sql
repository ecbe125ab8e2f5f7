-- 社会・人口統計体系 (SSDS) for the 47 prefectures: the wide file (item_code, year, p00 … p47; p00, the nation,
-- is empty) is unpivoted and joined with item_map.csv, the reviewed list of the items imported, each with its
-- indicator, sex, age group, category, scale, the years taken and the status. Items mapped to the same key
-- (2020 population aged 90–94, 95–99 and 100+ → 90+) are summed. Values keep the published unit (scale 1);
-- the catalogue states it.
-- Status: A, except population totals between censuses (推計人口, rounded to thousands): E.
-- population.total: only the years the municipal census series does not cover (its roll-up provides the
-- prefectures in 1980–2015); by age and sex only 2020, with the persons of unknown age (total minus the sum of
-- the age groups) as age group "unknown", as the census series has it.
WITH wide AS (
    SELECT * FROM read_csv('${dir}/ssds_pref_selected_wide.csv.gz', header = true, all_varchar = true)
),
long AS (
    SELECT item_code, CAST(year AS INTEGER) AS year, substr(p, 2) AS pref, CAST(v AS DOUBLE) AS v
    FROM (UNPIVOT wide ON COLUMNS('^p[0-9]{2}$') INTO NAME p VALUE v)
    WHERE p <> 'p00' AND v IS NOT NULL AND v <> ''
),
map AS (
    SELECT * FROM read_csv('${dir}/item_map.csv', header = true, all_varchar = true)
),
mapped AS (
    SELECT m.indicator_id, 'JP:' || l.pref AS region_id, CAST(l.year AS VARCHAR) AS period, m.sex, m.age_group,
           m.category, sum(l.v * CAST(m.scale AS DOUBLE)) AS value,
           CASE WHEN m.status = 'E_between_censuses' AND l.year % 5 <> 0 THEN 'E'
                WHEN m.status = 'E_between_censuses' THEN 'A'
                ELSE m.status END AS status
    FROM long l
    JOIN map m ON m.item_code = l.item_code
    WHERE (m.first_year IS NULL OR l.year >= CAST(m.first_year AS INTEGER))
      AND (m.last_year IS NULL OR l.year <= CAST(m.last_year AS INTEGER))
      AND (m.skip_years IS NULL OR list_position(string_split(m.skip_years, ' '), CAST(l.year AS VARCHAR)) IS NULL)
    GROUP BY ALL
),
age_unknown AS (
    SELECT 'population.total' AS indicator_id, region_id, period, sex, 'unknown' AS age_group, '_T' AS category,
           sum(value) FILTER (WHERE age_group = '_T') - sum(value) FILTER (WHERE age_group <> '_T') AS value,
           'A' AS status
    FROM mapped
    WHERE indicator_id = 'population.total' AND period = '2020'
    GROUP BY region_id, period, sex
)
SELECT indicator_id, region_id, period, sex, age_group, category, value, status FROM mapped
UNION ALL
SELECT indicator_id, region_id, period, sex, age_group, category, value, status FROM age_unknown
