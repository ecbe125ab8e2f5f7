-- NDC 2020 projection assumptions for the nation (region TW):
--   population.assumption.tfr, .asfr (age groups 15-19 … 45-49, births per 1,000 women) and
--   .sex_ratio_at_birth (males per 100 females) for 2020–2065, category = variant high / medium / low;
--   population.assumption.death_rate by sex and single age (0-0 … 99-99, 100 → 100+) for 2020, 2025, 2035,
--   2045, 2055, 2065 (category _T: the mortality assumption is common to the variants).
-- The fertility files have line breaks inside header cells; the columns are read by position.
WITH fert AS (
    SELECT regexp_extract(filename, 'ndc2020_asfr_tfr_([a-z]+)\.csv$', 1) AS variant, *
    FROM read_csv(['${dir}/ndc2020_asfr_tfr_high.csv', '${dir}/ndc2020_asfr_tfr_medium.csv',
                   '${dir}/ndc2020_asfr_tfr_low.csv'], header = true, filename = true,
                  columns = {'year': 'INTEGER', 'tfr': 'DOUBLE', 'a15': 'DOUBLE', 'a20': 'DOUBLE', 'a25': 'DOUBLE',
                             'a30': 'DOUBLE', 'a35': 'DOUBLE', 'a40': 'DOUBLE', 'a45': 'DOUBLE', 'srb': 'DOUBLE'})
),
asfr AS (
    UNPIVOT (SELECT variant, year, a15, a20, a25, a30, a35, a40, a45 FROM fert)
    ON a15, a20, a25, a30, a35, a40, a45 INTO NAME col VALUE value
),
death AS (
    UNPIVOT (SELECT * FROM read_csv('${dir}/ndc2020_death_rate_single_age_sex.csv', header = true,
                                    types = {'年齡': 'INTEGER'}))
    ON COLUMNS(* EXCLUDE ("年齡")) INTO NAME col VALUE value
)
SELECT 'population.assumption.tfr' AS indicator_id, 'TW' AS region_id, CAST(year AS VARCHAR) AS period,
       'T' AS sex, '_T' AS age_group, variant AS category, tfr AS value, 'A' AS status
FROM fert
UNION ALL
SELECT 'population.assumption.sex_ratio_at_birth', 'TW', CAST(year AS VARCHAR), 'T', '_T', variant, srb, 'A' FROM fert
UNION ALL
SELECT 'population.assumption.asfr', 'TW', CAST(year AS VARCHAR), 'F',
       substr(col, 2) || '-' || CAST(CAST(substr(col, 2) AS INTEGER) + 4 AS VARCHAR), variant, value, 'A'
FROM asfr
UNION ALL
SELECT 'population.assumption.death_rate', 'TW', substr(col, 1, 4), substr(col, 5, 1),
       CASE WHEN "年齡" >= 100 THEN '100+' ELSE CAST("年齡" AS VARCHAR) || '-' || CAST("年齡" AS VARCHAR) END,
       '_T', CAST(value AS DOUBLE), 'A'
FROM death
