-- Population aged 65+ and its share, for every region and year with a five-year age breakdown.
WITH by_age AS (
    SELECT region_id, period, sex,
           sum(value) FILTER (WHERE age_group IN ('65-69', '70-74', '75-79', '80-84', '85+')) AS old,
           sum(value) AS known
    FROM observation
    WHERE indicator_id = 'population.total' AND age_group NOT IN ('_T', 'unknown')
    GROUP BY region_id, period, sex
)
SELECT 'population.age_65_plus' AS indicator_id, region_id, period, sex, '_T' AS age_group, '_T' AS category,
       old AS value, 'A' AS status FROM by_age
UNION ALL
SELECT 'population.share_65_plus', region_id, period, sex, '_T', '_T', 100.0 * old / known, 'A'
FROM by_age WHERE known > 0
