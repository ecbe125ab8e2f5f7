-- June 2021, per town (town_id = TOWNCODE):
--   industry.establishments: registered businesses (營利事業家數, not census establishments) by industry
--     section A … S of the national classification (c1_a_cnt … c1_s_cnt) and category _T = c_cnt (checked:
--     c_cnt is the sum of A … S in every town);
--   medical.institutions (h_cnt), medical.beds (h_bed), medical.persons_per_institution (h_srvp, population
--     per institution), medical.beds_per_1000 (h_srvb, beds per 1,000 persons);
--   welfare.nursing_institutions (p_cnt), welfare.nursing_beds (p_bed), welfare.persons_per_nursing_institution
--     (p_srvp), welfare.nursing_beds_per_1000 (p_srvb); welfare.care_points (ecare_cnt);
--   welfare.low_income_households / _persons (rlh_cnt, rlp_cnt, 低收入戶) and mid_low_income_households /
--     _persons (rlh2_cnt, rlp2_cnt, 中低收入戶). The file's rate columns (*_rac) are not imported: their
--     scale is inconsistent (rlh_h_rac = households ratio × 10, rlp2_p_rac fits no denominator); the rates
--     are derived instead (derived/15-welfare.sql).
-- The per-person ratios are left out where the count is 0.
WITH e AS (
    SELECT * FROM read_csv('${dir}/town_establishments_by_industry_and_medical_2021-06_pscdata.csv', header = true,
                           types = {'town_id': 'VARCHAR'})
),
industry AS (
    UNPIVOT (SELECT town_id, COLUMNS('^c1_[a-s]_cnt$') FROM e) ON COLUMNS(* EXCLUDE (town_id))
    INTO NAME col VALUE value
),
l AS (
    SELECT * FROM read_csv('${dir}/town_low_income_households_2021-06_pscdata.csv', header = true,
                           types = {'town_id': 'VARCHAR'})
),
rows AS (
    SELECT 'industry.establishments' AS indicator_id, town_id, upper(substr(col, 4, 1)) AS category,
           CAST(value AS DOUBLE) AS value
    FROM industry
    UNION ALL SELECT 'industry.establishments', town_id, '_T', c_cnt FROM e
    UNION ALL SELECT 'medical.institutions', town_id, '_T', h_cnt FROM e
    UNION ALL SELECT 'medical.beds', town_id, '_T', h_bed FROM e
    UNION ALL SELECT 'medical.persons_per_institution', town_id, '_T', h_srvp FROM e WHERE h_cnt > 0
    UNION ALL SELECT 'medical.beds_per_1000', town_id, '_T', h_srvb FROM e WHERE h_bed > 0
    UNION ALL SELECT 'welfare.nursing_institutions', town_id, '_T', p_cnt FROM e
    UNION ALL SELECT 'welfare.nursing_beds', town_id, '_T', p_bed FROM e
    UNION ALL SELECT 'welfare.persons_per_nursing_institution', town_id, '_T', p_srvp FROM e WHERE p_cnt > 0
    UNION ALL SELECT 'welfare.nursing_beds_per_1000', town_id, '_T', p_srvb FROM e WHERE p_bed > 0
    UNION ALL SELECT 'welfare.care_points', town_id, '_T', ecare_cnt FROM e
    UNION ALL SELECT 'welfare.low_income_households', town_id, '_T', rlh_cnt FROM l
    UNION ALL SELECT 'welfare.low_income_persons', town_id, '_T', rlp_cnt FROM l
    UNION ALL SELECT 'welfare.mid_low_income_households', town_id, '_T', rlh2_cnt FROM l
    UNION ALL SELECT 'welfare.mid_low_income_persons', town_id, '_T', rlp2_cnt FROM l
)
SELECT indicator_id, 'TW:' || town_id AS region_id, '2021-06' AS period, 'T' AS sex, '_T' AS age_group,
       category, value, 'A' AS status
FROM rows
WHERE value IS NOT NULL
