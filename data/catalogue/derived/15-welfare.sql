-- Low-income and middle-low-income population rates: persons in certified households per 100 registered
-- population of the same region and period (TW 2021-06).
WITH pop AS (
    SELECT region_id, period, value, status FROM observation
    WHERE indicator_id = 'population.total' AND sex = 'T' AND age_group = '_T' AND category = '_T'
)
SELECT CASE o.indicator_id WHEN 'welfare.low_income_persons' THEN 'welfare.low_income_rate'
                           ELSE 'welfare.mid_low_income_rate' END AS indicator_id,
       o.region_id, o.period, 'T' AS sex, '_T' AS age_group, '_T' AS category,
       100.0 * o.value / p.value AS value, greatest(o.status, p.status) AS status
FROM observation o JOIN pop p ON p.region_id = o.region_id AND p.period = o.period
WHERE o.indicator_id IN ('welfare.low_income_persons', 'welfare.mid_low_income_persons')
  AND o.sex = 'T' AND o.age_group = '_T' AND o.category = '_T' AND p.value > 0
