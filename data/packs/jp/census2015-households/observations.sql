-- 2015 census table 00100: the number of households (一般世帯 + 施設等の世帯, 世帯数【世帯】) of every
-- municipality. Ten metadata rows precede the data (two header rows of item codes and names included), so
-- the file is read without a header; column07 is the area, column08 the density, column09 the households.
-- Rows of wards (区), of former municipalities ("(旧 …)") and of 市部/郡部 subtotals are not regions and
-- are left out by the join with the region table; prefectures and the nation come from the roll-up of their
-- municipalities. Population, area and the 2010–15 change of this table are not imported: the census
-- series and the region table already provide them (they were compared, see docs/data/japan.md).
WITH src AS (
    SELECT column00 AS code, column02 AS name, column09 AS households
    FROM read_csv('${dir}/census2015_muni_pop_households_area_estat00100_utf8.csv.gz',
                  skip = 10, header = false, all_varchar = true)
    WHERE column01 IS NULL
)
SELECT 'population.households' AS indicator_id, r.region_id, '2015' AS period, 'T' AS sex, '_T' AS age_group,
       '_T' AS category, CAST(replace(s.households, ',', '') AS DOUBLE) AS value, 'A' AS status
FROM src s
JOIN region r ON r.region_id = 'JP:' || s.code AND r.level = 'municipality'
WHERE s.name NOT LIKE '(旧%'
