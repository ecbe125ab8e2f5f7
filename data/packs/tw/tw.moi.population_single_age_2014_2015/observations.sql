-- Population by town, sex and single year of age (N-N; 100+ open), with households and totals, for the
-- end of December 2014 and of November 2015. The files use the old 7-digit town codes (county code +
-- town number), so towns are found by name: the first 3 characters of 區域 name the county, the rest the
-- town. Names are normalised:
-- 台 → 臺 (the files write 台北市, 台中市, 台南市) and 頭份鎮 → 頭份市 (upgraded 2015-10-05).
-- County rows (5-digit codes) are not read: the importer sums the towns.
WITH src AS (
    SELECT * FROM read_csv('${dir}/town_pop_single_age_sex_2014-12_kiang.csv', header = true, all_varchar = true)
    UNION ALL BY NAME
    SELECT * FROM read_csv('${dir}/town_pop_single_age_sex_2015-11_kiang.csv', header = true, all_varchar = true)
),
towns AS (
    SELECT r.region_id, s.*
    FROM src s
    JOIN region c ON c.level = 'county' AND c.name_zh_hant = replace(substr(s."區域", 1, 3), '台', '臺')
    JOIN region r ON r.level = 'town' AND r.parent_id = c.region_id
                 AND r.name_zh_hant = CASE WHEN substr(s."區域", 4) = '頭份鎮' THEN '頭份市'
                                           ELSE replace(substr(s."區域", 4), '台', '臺') END
    WHERE length(s."代碼") = 7
),
long AS (
    UNPIVOT (SELECT region_id, "統計年月" AS period, COLUMNS(lambda c: c LIKE '%歲%' OR c LIKE '人口數%' OR c = '戶數')
             FROM towns)
    ON COLUMNS(* EXCLUDE (region_id, period)) INTO NAME col VALUE value
),
coded AS (
    SELECT CASE WHEN col = '戶數' THEN 'population.households' ELSE 'population.total' END AS indicator_id,
           region_id, period,
           CASE WHEN col LIKE '%-男' THEN 'M' WHEN col LIKE '%-女' THEN 'F' ELSE 'T' END AS sex,
           CASE WHEN col LIKE '100歲以上%' THEN '100+'
                WHEN col LIKE '%歲%' THEN regexp_extract(col, '^([0-9]+)歲', 1) || '-' || regexp_extract(col, '^([0-9]+)歲', 1)
                ELSE '_T' END AS age_group,
           CAST(value AS DOUBLE) AS value
    FROM long
)
SELECT indicator_id, region_id, period, sex, age_group, '_T' AS category, value, 'A' AS status FROM coded
UNION ALL
-- both sexes by single age (the files give only males and females per age)
SELECT indicator_id, region_id, period, 'T', age_group, '_T', sum(value), 'A'
FROM coded WHERE age_group <> '_T'
GROUP BY indicator_id, region_id, period, age_group
