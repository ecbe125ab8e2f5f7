-- 2015 input–output tables of Japan, 42 prefectures and 7 cities, aggregated to 12 sectors by S. Fukui
-- (sfukui/ReagionalIOTables), in million yen:
--   economy.io.intermediate_flow  category RiiCjj = intermediate input from sector ii (row) to sector jj (column)
--   economy.io.output             category ii     = gross output (国内生産額 / 域内生産額) of sector ii (column Y[i])
-- Sectors: 01 agriculture, forestry and fisheries; 02 mining; 03 manufacturing; 04 construction; 05 electricity,
-- gas, heat, water and waste disposal; 06 commerce; 07 finance, insurance and real estate; 08 transport and
-- postal services; 09 information and communications; 10 public administration; 11 services; 12 unclassified.
-- Areas: AreaID 00000 → JP, PP000 → JP:PP, a city → its municipality code. sfukui_AreaID.csv lists 50 areas,
-- but the table's row for 21219 郡上市 is empty (no id, no values): 49 areas are imported.
WITH src AS (
    SELECT * FROM read_csv('${dir}/sfukui_IOTable.csv', header = true, all_varchar = true)
    WHERE "AreaID(string)" IS NOT NULL
),
long AS (
    SELECT "AreaID(string)" AS area, col, CAST(v AS DOUBLE) AS v
    FROM (UNPIVOT src ON COLUMNS(* EXCLUDE ("AreaID(string)")) INTO NAME col VALUE v)
),
coded AS (
    SELECT CASE WHEN area = '00000' THEN 'JP'
                WHEN substr(area, 3) = '000' THEN 'JP:' || substr(area, 1, 2)
                ELSE 'JP:' || area END AS region_id,
           CASE WHEN col LIKE 'Y%' THEN 'economy.io.output' ELSE 'economy.io.intermediate_flow' END AS indicator_id,
           CASE WHEN col LIKE 'Y%' THEN lpad(substr(col, 2), 2, '0')
                ELSE 'R' || lpad(regexp_extract(col, '^R([0-9]+)C', 1), 2, '0')
                     || 'C' || lpad(regexp_extract(col, 'C([0-9]+)$', 1), 2, '0') END AS category,
           v
    FROM long
)
SELECT indicator_id, region_id, '2015' AS period, 'T' AS sex, '_T' AS age_group, category, v AS value, 'A' AS status
FROM coded
