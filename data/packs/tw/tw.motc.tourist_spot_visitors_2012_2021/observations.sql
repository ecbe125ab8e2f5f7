-- Visits to the major tourist spots (about 290–330 a year; the list changes, so totals of different years
-- cover different spots). Values: the 12 month columns (period YYYY-MM) and 合計 (period YYYY).
--   county (縣市別)        sum of all spots of the county
--   nation (TW)            sum of all spots
--   town                   sum of the spots that spot_town_mapping.csv places in the town (by county and
--                          spot name 細分; basis "name" = the spot name contains the town name, basis
--                          "location" = placed from the known location of the site); unplaced spots count
--                          only for their county and the nation.
-- tourism.spot_visitors is not_additive: towns do not add up to their county, and no roll-up runs.
-- Empty month cells (one spot in 2016) are skipped.
WITH raw AS (
    SELECT * FROM read_csv('${dir}/major_tourist_spots_monthly_visitors_2012-2021.csv', header = true,
                           all_varchar = true)
),
long AS (
    UNPIVOT raw ON "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月", "合計"
    INTO NAME col VALUE visits
),
src AS (
    SELECT "縣市別" AS county, trim("細分") AS spot,
           "年別" || CASE col WHEN '合計' THEN ''
                              ELSE '-' || lpad(CAST(list_position(['一月', '二月', '三月', '四月', '五月', '六月', '七月',
                                                                   '八月', '九月', '十月', '十一月', '十二月'], col) AS VARCHAR), 2, '0')
                    END AS period,
           CAST(visits AS DOUBLE) AS visits
    FROM long
    WHERE visits IS NOT NULL AND trim(visits) <> ''
),
mapping AS (
    SELECT m.county, m.spot, t.region_id
    FROM read_csv('${dir}/spot_town_mapping.csv', header = true, all_varchar = true) m
    JOIN region c ON c.level = 'county' AND c.name_zh_hant = m.county
    JOIN region t ON t.level = 'town' AND t.parent_id = c.region_id AND t.name_zh_hant = m.town
),
placed AS (
    SELECT c.region_id AS county_id, m.region_id AS town_id, s.period, s.visits
    FROM src s
    JOIN region c ON c.level = 'county' AND c.name_zh_hant = s.county
    LEFT JOIN mapping m ON m.county = s.county AND m.spot = s.spot
),
sums AS (
    SELECT county_id AS region_id, period, sum(visits) AS value FROM placed GROUP BY county_id, period
    UNION ALL
    SELECT 'TW', period, sum(visits) FROM placed GROUP BY period
    UNION ALL
    SELECT town_id, period, sum(visits) FROM placed WHERE town_id IS NOT NULL GROUP BY town_id, period
)
SELECT 'tourism.spot_visitors' AS indicator_id, region_id, period, 'T' AS sex, '_T' AS age_group,
       '_T' AS category, value, 'A' AS status
FROM sums
