-- MOF consolidated income tax statistics per town and village, income years ROC 101–107 (+ 1911 = 2012–2018).
-- Amounts in NT$ thousand. `unit` = tax units (納稅單位), `individual_income` = total income, `avg` = mean,
-- `median`, `q1`, `q3`, `sd` per tax unit, `var` = coefficient of variation in % (= sd / avg × 100; checked:
-- it differs from that by at most 0.69 points, from the rounding of avg).
-- Both files are keyed by names: the county and town names match the region names exactly (checked for every
-- row); villages are matched by county + town + village name to the 2021 village list, so villages that
-- were merged, split or renamed after a year are left out of that year.
WITH town AS (
    SELECT r.region_id, s.year + 1911 AS year, s.unit, s.individual_income, s.avg, s.median, s.q1, s.q3, s.sd, s.var
    FROM read_csv('${dir}/town_income_tax_stats_2012-2018_pscdata.csv', header = true) s
    JOIN region c ON c.level = 'county' AND c.name_zh_hant = s.county
    JOIN region r ON r.level = 'town' AND r.parent_id = c.region_id AND r.name_zh_hant = s.town
),
village AS (
    SELECT v.region_id, s.year + 1911 AS year, s.unit, s.individual_income, s.avg, s.median, s.q1, s.q3, s.sd, s.var
    FROM read_csv('${dir}/village_income_tax_stats_2012-2018_pscdata.csv.gz', header = true) s
    JOIN region c ON c.level = 'county' AND c.name_zh_hant = s.county
    JOIN region t ON t.level = 'town' AND t.parent_id = c.region_id AND t.name_zh_hant = s.town
    JOIN region v ON v.level = 'village' AND v.parent_id = t.region_id AND v.name_zh_hant = s.village
    -- a name that occurs twice in one town cannot be placed
    QUALIFY count(*) OVER (PARTITION BY v.region_id, s.year) = 1
),
src AS (SELECT * FROM town UNION ALL SELECT * FROM village)
SELECT v.indicator_id, s.region_id, CAST(s.year AS VARCHAR) AS period, 'T' AS sex, '_T' AS age_group,
       '_T' AS category, v.value, 'A' AS status
FROM src s,
     LATERAL (VALUES ('income.tax_units', CAST(s.unit AS DOUBLE)), ('income.total', s.individual_income),
                     ('income.mean', s.avg), ('income.median', s.median), ('income.q1', s.q1),
                     ('income.q3', s.q3), ('income.sd', s.sd), ('income.cv', s.var)) AS v(indicator_id, value)
WHERE v.value IS NOT NULL
