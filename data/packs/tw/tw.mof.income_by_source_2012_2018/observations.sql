-- Income by source per town (NT$ thousand), income years ROC 101–107 + 1911 (ROC 106 = 2017 is missing).
-- income.by_source category = the source: wages (薪資所得), business (營利所得), professional (執行業務所得),
-- interest (利息所得), rent_royalties (租賃及權利金所得), property (財產交易所得), prizes (競技競賽及機會中獎
-- 所得), dividends (股利所得), retirement (退職所得), other (其他所得), authorship (稿費所得); `_T` is the
-- file's `total` (所得總額). The published total is not the sum of the listed sources (they differ in almost
-- every row), so `_T` is kept as published and the sources are not summed. Keyed by county + town names,
-- which match the region names exactly, with one correction: ROC 104 lists 高雄市永安區 twice; the row with
-- 9,933 tax units is 橋頭區 (its count in the income tax statistics of that year; 永安區 has 3,178).
WITH file AS (
    SELECT * REPLACE (CASE WHEN year = 104 AND county = '高雄市' AND town = '永安區' AND unit = 9933
                           THEN '橋頭區' ELSE town END AS town)
    FROM read_csv('${dir}/town_income_by_category_2012-2018_pscdata.csv', header = true)
),
src AS (
    SELECT r.region_id, s.*
    FROM file s
    JOIN region c ON c.level = 'county' AND c.name_zh_hant = s.county
    JOIN region r ON r.level = 'town' AND r.parent_id = c.region_id AND r.name_zh_hant = s.town
)
SELECT 'income.by_source' AS indicator_id, region_id, CAST(year + 1911 AS VARCHAR) AS period, 'T' AS sex,
       '_T' AS age_group, v.category, v.value, 'A' AS status
FROM src,
     LATERAL (VALUES ('_T', total), ('wages', employment_income), ('business', profit_seeking_income),
                     ('professional', professional_practice_income), ('interest', interest_income),
                     ('rent_royalties', lease_royalties_income), ('property', property_transaction_income),
                     ('prizes', award_chance_income), ('dividends', dividends_income),
                     ('retirement', separation_income), ('other', other_income),
                     ('authorship', published_aritcles_income)) AS v(category, value)
WHERE v.value IS NOT NULL
