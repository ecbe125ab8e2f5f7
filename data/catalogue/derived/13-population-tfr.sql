-- Indirect estimate of the total fertility rate for Taiwanese regions (status E), where no published TFR
-- exists: TFR = 5 × B(t) / Σ_x φ_x W_x, with B the births of calendar year t, W_x the women of the 5-year
-- group x (15-19 … 45-49) at mid-year (period t-06) or else the mean of the year ends t−1 and t, and φ_x the
-- age pattern of fertility of the NDC 2020 medium variant for 2020 (ASFR_x / Σ ASFR). It assumes every
-- region shares the national age pattern; the level follows the region's births per woman.
WITH phi AS (
    SELECT age_group, value / sum(value) OVER () AS phi
    FROM observation
    WHERE indicator_id = 'population.assumption.asfr' AND region_id = 'TW' AND period = '2020'
      AND category = 'medium' AND sex = 'F'
),
women AS (
    SELECT region_id, period, age_group, value
    FROM observation
    WHERE indicator_id = 'population.total' AND sex = 'F' AND category = '_T' AND region_id LIKE 'TW%'
      AND age_group IN (SELECT age_group FROM phi)
),
exposure AS (
    -- mid-year women where the year has a June figure, otherwise the mean of the two year ends
    SELECT region_id, CAST(substr(period, 1, 4) AS INTEGER) AS year, age_group, value
    FROM women WHERE period LIKE '____-06'
    UNION ALL
    SELECT w1.region_id, CAST(w1.period AS INTEGER), w1.age_group, (w0.value + w1.value) / 2.0
    FROM women w1
    JOIN women w0 ON w0.region_id = w1.region_id AND w0.age_group = w1.age_group
                 AND w0.period = CAST(CAST(w1.period AS INTEGER) - 1 AS VARCHAR)
    WHERE regexp_full_match(w1.period, '[0-9]{4}')
      AND NOT EXISTS (SELECT 1 FROM women m WHERE m.region_id = w1.region_id AND m.period = w1.period || '-06')
),
weighted AS (
    SELECT e.region_id, e.year, sum(p.phi * e.value) AS w, count(*) AS groups
    FROM exposure e JOIN phi p USING (age_group)
    GROUP BY e.region_id, e.year
),
births AS (
    SELECT region_id, CAST(period AS INTEGER) AS year, value
    FROM observation
    WHERE indicator_id = 'population.births' AND sex = 'T' AND age_group = '_T' AND category = '_T'
      AND regexp_full_match(period, '[0-9]{4}')
)
SELECT 'population.tfr' AS indicator_id, b.region_id, CAST(b.year AS VARCHAR) AS period, 'T' AS sex,
       '_T' AS age_group, '_T' AS category, 5.0 * b.value / w.w AS value, 'E' AS status
FROM births b JOIN weighted w ON w.region_id = b.region_id AND w.year = b.year
WHERE w.groups = 7 AND w.w > 0
