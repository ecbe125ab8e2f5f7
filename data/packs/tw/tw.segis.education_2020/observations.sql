-- Population aged 15+ and those with university education ("university" as SEGIS labels it; whether
-- 專科 is included is not stated), by town and sex (T, F from the file; M = T − F), 2020, and the share.
-- Keyed by `countytown` (county + town name), which matches the region names exactly.
WITH src AS (
    SELECT r.region_id, s.population_15up AS pop, s.university AS uni,
           s."university.female" AS uni_f, s."university.not.female" AS not_f
    FROM read_csv('${dir}/town_education_2020_pscdata.csv', header = true) s
    JOIN region c ON c.level = 'county' AND c.name_zh_hant = substr(s.countytown, 1, 3)
    JOIN region r ON r.level = 'town' AND r.parent_id = c.region_id AND r.name_zh_hant = substr(s.countytown, 4)
),
by_sex AS (
    SELECT region_id, 'T' AS sex, pop, uni FROM src
    UNION ALL SELECT region_id, 'F', uni_f + not_f, uni_f FROM src
    UNION ALL SELECT region_id, 'M', pop - uni_f - not_f, uni - uni_f FROM src
)
SELECT 'town.education_population_15_plus' AS indicator_id, region_id, '2020' AS period, sex, '_T' AS age_group,
       '_T' AS category, CAST(pop AS DOUBLE) AS value, 'A' AS status FROM by_sex
UNION ALL
SELECT 'town.education_university', region_id, '2020', sex, '_T', '_T', uni, 'A' FROM by_sex
UNION ALL
SELECT 'town.education_university_share', region_id, '2020', sex, '_T', '_T', 100.0 * uni / pop, 'A'
FROM by_sex WHERE pop > 0
