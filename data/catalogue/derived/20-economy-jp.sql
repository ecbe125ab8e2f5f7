-- Derived indicators of the Japanese economy, medical care, employment and enterprise data (formulas in the
-- catalogue, *-jp.csv). Each statement yields rows of the observation schema; rows a source provides win.

-- economy.circulation_rate = economy.gdp / economy.income × 100 (prefectures; the nation from their roll-up).
SELECT 'economy.circulation_rate' AS indicator_id, g.region_id, g.period, 'T' AS sex, '_T' AS age_group,
       '_T' AS category, 100.0 * g.value / i.value AS value,
       CASE WHEN g.status = 'A' AND i.status = 'A' THEN 'A' ELSE 'E' END AS status
FROM observation g
JOIN observation i ON i.indicator_id = 'economy.income' AND i.region_id = g.region_id AND i.period = g.period
                  AND i.sex = 'T' AND i.age_group = '_T' AND i.category = '_T'
WHERE g.indicator_id = 'economy.gdp' AND g.sex = 'T' AND g.age_group = '_T' AND g.category = '_T' AND i.value > 0;

-- medical.*_per_100k = count / population.total (all ages, both sexes, same region and period) × 100,000.
SELECT CASE m.indicator_id WHEN 'medical.hospitals' THEN 'medical.hospitals_per_100k'
                           WHEN 'medical.clinics' THEN 'medical.clinics_per_100k'
                           WHEN 'medical.doctors' THEN 'medical.doctors_per_100k'
                           WHEN 'medical.hospital_beds' THEN 'medical.beds_per_100k' END AS indicator_id,
       m.region_id, m.period, 'T' AS sex, '_T' AS age_group, '_T' AS category,
       100000.0 * m.value / p.value AS value,
       CASE WHEN m.status = 'A' AND p.status = 'A' THEN 'A' ELSE 'E' END AS status
FROM observation m
JOIN observation p ON p.indicator_id = 'population.total' AND p.region_id = m.region_id AND p.period = m.period
                  AND p.sex = 'T' AND p.age_group = '_T' AND p.category = '_T'
WHERE m.indicator_id IN ('medical.hospitals', 'medical.clinics', 'medical.doctors', 'medical.hospital_beds')
  AND m.sex = 'T' AND m.age_group = '_T' AND m.category = '_T' AND p.value > 0;

-- employment.unemployment_rate = employment.unemployed / employment.labour_force × 100.
SELECT 'employment.unemployment_rate' AS indicator_id, u.region_id, u.period, u.sex, u.age_group, u.category,
       100.0 * u.value / l.value AS value,
       CASE WHEN u.status = 'A' AND l.status = 'A' THEN 'A' ELSE 'E' END AS status
FROM observation u
JOIN observation l ON l.indicator_id = 'employment.labour_force' AND l.region_id = u.region_id
                  AND l.period = u.period AND l.sex = u.sex AND l.age_group = u.age_group AND l.category = u.category
WHERE u.indicator_id = 'employment.unemployed' AND l.value > 0;

-- enterprise.size_distribution = establishments of a size class / establishments of all size classes × 100.
SELECT 'enterprise.size_distribution' AS indicator_id, region_id, period, sex, age_group, category,
       100.0 * value / sum(value) OVER (PARTITION BY region_id, period, sex, age_group) AS value,
       status
FROM observation
WHERE indicator_id = 'enterprise.establishments_by_size';

-- enterprise.establishments_per_1000_pop = industry.census_establishments (_T) / population.total × 1,000.
SELECT 'enterprise.establishments_per_1000_pop' AS indicator_id, e.region_id, e.period, 'T' AS sex,
       '_T' AS age_group, '_T' AS category, 1000.0 * e.value / p.value AS value,
       CASE WHEN e.status = 'A' AND p.status = 'A' THEN 'A' ELSE 'E' END AS status
FROM observation e
JOIN observation p ON p.indicator_id = 'population.total' AND p.region_id = e.region_id AND p.period = e.period
                  AND p.sex = 'T' AND p.age_group = '_T' AND p.category = '_T'
WHERE e.indicator_id = 'industry.census_establishments' AND e.category = '_T' AND p.value > 0
