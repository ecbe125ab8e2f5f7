-- Published crude birth rates (births per 1,000 mid-year population) for 全國 (the nation), the counties
-- and the towns, keyed by name: a county by its name, a town by county name (3 characters) + town name.
-- These win over the rates derived in derived/12-population-change.sql for 2015–2020.
WITH src AS (
    UNPIVOT (SELECT * FROM read_csv('${dir}/town_crude_birth_rate_2015-2020_kiang.csv', header = true,
                                    all_varchar = true))
    ON COLUMNS(* EXCLUDE ("區域")) INTO NAME period VALUE rate
),
placed AS (
    SELECT 'TW' AS region_id, period, rate FROM src WHERE "區域" = '全國'
    UNION ALL
    SELECT c.region_id, period, rate FROM src JOIN region c ON c.level = 'county' AND c.name_zh_hant = "區域"
    UNION ALL
    SELECT t.region_id, period, rate
    FROM src
    JOIN region c ON c.level = 'county' AND c.name_zh_hant = substr("區域", 1, 3)
    JOIN region t ON t.level = 'town' AND t.parent_id = c.region_id AND t.name_zh_hant = substr("區域", 4)
)
SELECT 'population.crude_birth_rate' AS indicator_id, region_id, period, 'T' AS sex, '_T' AS age_group,
       '_T' AS category, CAST(rate AS DOUBLE) AS value, 'A' AS status
FROM placed
WHERE rate IS NOT NULL AND rate <> ''
