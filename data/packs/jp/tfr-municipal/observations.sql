-- Municipal total fertility rate, Bayesian estimate (人口動態保健所・市区町村別統計, 厚生労働省). The source does
-- not state the period. Its codes are those in force in 2012 (滝沢村 03305 before it became 滝沢市 03216 on
-- 2014-01-01, 大網白里町 12402 before 大網白里市 12239 on 2013-01-01, 岩舟町 09367 before its absorption into
-- 栃木市 on 2014-04-05), which fits the 2008–2012 edition (平成20年～24年). The value is stored under period
-- 2010, the middle year of the five, with status E (a Bayesian estimate); sex T like every TFR.
-- Code changes that left the territory unchanged (市制施行) are followed to the census code; 岩舟町 is left out
-- (its territory is now part of 栃木市, whose own row covers only the old 栃木市). Wards of designated cities,
-- 東京都の区部 (13100) and the "-" rows (Sagamihara's wards, not estimated) are not regions or have no value.
WITH src AS (
    SELECT code, tfr
    FROM read_csv('${dir}/muni_tfr_bayes_ecitizen.csv', header = true, nullstr = '-',
                  types = {'code': 'VARCHAR', 'tfr': 'DOUBLE'})
),
renamed(old_code, code) AS (VALUES ('03305', '03216'), ('12402', '12239'))
SELECT 'population.tfr' AS indicator_id, r.region_id, '2010' AS period, 'T' AS sex, '_T' AS age_group,
       '_T' AS category, s.tfr AS value, 'E' AS status
FROM src s
LEFT JOIN renamed n ON n.old_code = s.code
JOIN region r ON r.region_id = 'JP:' || coalesce(n.code, s.code) AND r.level = 'municipality'
WHERE s.tfr IS NOT NULL
