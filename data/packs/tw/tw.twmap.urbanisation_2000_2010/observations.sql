-- Urbanisation level (1 = most urbanised … 7 = least) of each town, classification years 2000 and 2010.
-- The crosswalk lists 474 rows for 368 current towns (some towns under two MOH codes after the 2010
-- municipal mergers); every duplicate carries the same levels (checked), so one value per town is kept.
-- 金門縣 and 連江縣 have no 2000 level (NA).
WITH src AS (
    SELECT DISTINCT town_moi, urb_2000, urb_2010
    FROM read_csv('${dir}/town_code_crosswalk_moh_moi_urbanization_TWmap.csv', header = true, all_varchar = true)
)
SELECT 'town.urbanisation_level' AS indicator_id, 'TW:' || town_moi AS region_id, v.period, 'T' AS sex,
       '_T' AS age_group, '_T' AS category, CAST(v.level AS DOUBLE) AS value, 'A' AS status
FROM src, LATERAL (VALUES ('2000', urb_2000), ('2010', urb_2010)) AS v(period, level)
WHERE v.level <> 'NA'
