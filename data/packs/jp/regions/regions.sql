-- Regions of Japan: the nation, 47 prefectures and the 1,741 municipalities of the census series
-- (国勢調査 on the boundaries of 2016-10-10: 1,718 cities, towns and villages + the 23 special wards of Tokyo;
-- designated cities are one municipality each, their wards are not regions).
--
-- Region ids are the census codes (全国地方公共団体コード without check digit). The code list of 2016-10-10
-- already carries 04216 富谷市, but the census series (and every statistic on it) uses 04423 富谷町; 04423 is
-- kept as the id, with valid_to from the e-Stat LOD history (富谷町 → 富谷市 on 2016-10-10). 40305 那珂川町
-- (→ 40231 那珂川市 on 2018-10-01) likewise. Their boundaries (coded 04216 and 40231 in N03 2021) are mapped
-- back through the codeMap of pack.json.
--
-- valid_from: the last date on which the code came into being according to the e-Stat LOD history (new
-- municipality by merger, change to city or town, abolition of a district, shift to a designated city,
-- change of name with a new code); null where the history (from 1970) records none. Absorptions (編入合併)
-- keep the absorbing municipality's code and do not restart its validity.
-- valid_to: the day before the first later change that retires the code; null while in force.
-- Names: name_ja as published; name_zh_hant the same kanji (Japanese forms such as 県 and 広 are kept, not
-- converted to 縣, 廣); name_en for the nation and the prefectures (地球地図日本 / dataofjapan); no source
-- gives English municipal names, so name_en is given only for the designated cities, the prefectural
-- capitals and three Tokyo wards (municipal_names_en.csv: the cities' own English names, Hepburn without
-- macrons; the file's name_ja must equal the code list's name, checked by JapanPackTest) and stays empty
-- for the other municipalities.
-- Areas (km², 2015): municipalities from 全国都道府県市区町村別面積調 (ecitizen extract); prefectures and the
-- nation from census table 00100, which includes areas not assigned to a municipality (北方領土, 境界未定).
WITH muni_json AS (
    SELECT CAST(content AS JSON) AS j FROM read_text('${dir}/muni_codes_20161010_ecitizen.json')
),
muni_list AS (
    SELECT CASE k WHEN '04216' THEN '04423' ELSE k END AS code,
           CASE k WHEN '04216' THEN '富谷町' ELSE json_extract_string(j, '$."' || k || '"') END AS name
    FROM muni_json, unnest(json_keys(j)) AS t(k)
),
pref_json AS (
    SELECT CAST(content AS JSON) AS j FROM read_text('${dir}/pref_codes_ecitizen.json')
),
pref_list AS (
    SELECT k AS code, json_extract_string(j, '$."' || k || '"') AS name
    FROM pref_json, unnest(json_keys(j)) AS t(k)
),
pref_en AS (
    SELECT lpad(CAST(id AS VARCHAR), 2, '0') AS code, "name-ja" AS name_ja, "name-en" AS name_en
    FROM read_csv('${dir}/dataofjapan_prefectures.csv', header = true)
),
changes AS (
    SELECT CAST(c.date AS DATE) AS day, c.reason, c.old.code AS old_code, c.new.code AS new_code
    FROM (SELECT unnest(changes) AS c
          FROM read_json('${dir}/municipal_changes_estat_lod_ecitizen.json', maximum_object_size = 16777216))
),
created AS (
    SELECT new_code AS code, max(day) AS valid_from
    FROM changes WHERE reason <> 'absorption' AND old_code <> new_code
    GROUP BY new_code
),
retired AS (
    SELECT m.code, CAST(min(ch.day) - INTERVAL 1 DAY AS DATE) AS valid_to
    FROM muni_list m
    JOIN changes ch ON ch.old_code = m.code AND ch.old_code <> ch.new_code
    LEFT JOIN created cr ON cr.code = m.code
    WHERE ch.day > coalesce(cr.valid_from, DATE '1900-01-01') AND ch.day >= DATE '2015-10-01'
    GROUP BY m.code
),
muni_area AS (
    SELECT "団体コード" AS code, "面積" AS area
    FROM read_json('${dir}/muni_area_km2_2015_ecitizen.json')
),
census_area AS (
    SELECT column00 AS code, CAST(replace(column07, ',', '') AS DOUBLE) AS area
    FROM read_csv('${dir}/census2015_muni_pop_households_area_estat00100_utf8.csv.gz',
                  skip = 10, header = false, all_varchar = true)
    WHERE column01 IS NULL
)
SELECT 'JP' AS region_id, 'nation' AS level, NULL AS parent_id, '日本' AS name_zh_hant, '日本' AS name_ja,
       'Japan' AS name_en, NULL AS valid_from, NULL AS valid_to,
       (SELECT area FROM census_area WHERE code = '00000') AS area_km2
UNION ALL
SELECT 'JP:' || p.code, 'prefecture', 'JP', p.name, p.name, e.name_en, NULL, NULL, a.area
FROM pref_list p
LEFT JOIN pref_en e ON e.code = p.code
LEFT JOIN census_area a ON a.code = p.code || '000'
UNION ALL
SELECT 'JP:' || m.code, 'municipality', 'JP:' || substr(m.code, 1, 2), m.name, m.name, en.name_en,
       cr.valid_from, r.valid_to, ma.area
FROM muni_list m
LEFT JOIN read_csv('${dir}/municipal_names_en.csv', header = true, all_varchar = true) en
       ON en.code = m.code AND en.name_ja = m.name
LEFT JOIN created cr ON cr.code = m.code
LEFT JOIN retired r ON r.code = m.code
LEFT JOIN muni_area ma ON ma.code = m.code
