-- Explanatory variables of the 2015 regional IO tables (S. Fukui), for Japan, 42 prefectures and 7 cities
-- (sfukui_AreaID.csv; AreaID 00000 → JP, PP000 → JP:PP, a city → its municipality code). Columns, as
-- sfukui_ExpDataExplanation.md and a comparison with SSDS show (docs/data/japan.md):
--   SFirm_sss / SEmp_sss (Semp_982 too)  establishments / persons engaged by JSIC minor group sss,
--       2014 Economic Census for Business Frame → industry.census_establishments / industry.employees,
--       period 2014, category JSIC-sss. "False" cells (column SFirm_350) are not numbers and are skipped.
--   Firm_l   private establishments by major group l, 2014 (equal to SSDS 2014 for every prefecture, so only
--       the 7 cities are taken; the prefectures come from SSDS) → industry.census_establishments, JSIC-<letters>.
--   VA_l / Sales_l  value added / sales by major group l, million yen, 2012 Economic Census for Business
--       Activity (accounts of calendar 2011) → industry.value_added / industry.sales, period 2011.
--   Income, TP  taxable income (thousand yen) and taxpayers, 2015 → finance.taxable_income, finance.taxpayers.
--   PopLF, Unemp  labour force and unemployed, 2015 census → employment.labour_force, employment.unemployed.
--   Pop15  population 15+ computed by the author: not imported (the census series has it by age).
-- Major group l: 1 = JSIC A+B (agriculture, forestry, fisheries) → JSIC-AB, 2 … 17 = JSIC C … R.
-- One value is negative (Tokyo VA_15, medical and welfare, −2,107,837): value added may be negative, so it is kept.
WITH src AS (
    SELECT * FROM read_csv('${dir}/sfukui_ExplanatoryVariablesBase.csv', header = true, all_varchar = true)
),
long AS (
    SELECT AreaID AS area, col, TRY_CAST(v AS DOUBLE) AS v
    FROM (UNPIVOT src ON COLUMNS(* EXCLUDE (AreaID)) INTO NAME col VALUE v)
),
parsed AS (
    SELECT CASE WHEN area = '00000' THEN 'JP'
                WHEN substr(area, 3) = '000' THEN 'JP:' || substr(area, 1, 2)
                ELSE 'JP:' || area END AS region_id,
           substr(area, 3) <> '000' AS is_city,
           upper(split_part(col, '_', 1)) AS kind, split_part(col, '_', 2) AS code, v
    FROM long
    WHERE v IS NOT NULL
),
major(l, letters) AS (
    VALUES ('1', 'AB'), ('2', 'C'), ('3', 'D'), ('4', 'E'), ('5', 'F'), ('6', 'G'), ('7', 'H'), ('8', 'I'), ('9', 'J'),
           ('10', 'K'), ('11', 'L'), ('12', 'M'), ('13', 'N'), ('14', 'O'), ('15', 'P'), ('16', 'Q'), ('17', 'R')
)
SELECT CASE p.kind WHEN 'SFIRM' THEN 'industry.census_establishments' WHEN 'SEMP' THEN 'industry.employees'
                   WHEN 'FIRM' THEN 'industry.census_establishments' WHEN 'VA' THEN 'industry.value_added'
                   WHEN 'SALES' THEN 'industry.sales' WHEN 'INCOME' THEN 'finance.taxable_income'
                   WHEN 'TP' THEN 'finance.taxpayers' WHEN 'POPLF' THEN 'employment.labour_force'
                   WHEN 'UNEMP' THEN 'employment.unemployed' END AS indicator_id,
       p.region_id,
       CASE WHEN p.kind IN ('SFIRM', 'SEMP', 'FIRM') THEN '2014' WHEN p.kind IN ('VA', 'SALES') THEN '2011'
            ELSE '2015' END AS period,
       'T' AS sex, '_T' AS age_group,
       CASE WHEN p.kind IN ('SFIRM', 'SEMP') THEN 'JSIC-' || p.code
            WHEN p.kind IN ('FIRM', 'VA', 'SALES') THEN 'JSIC-' || m.letters
            ELSE '_T' END AS category,
       p.v AS value, 'A' AS status
FROM parsed p
LEFT JOIN major m ON m.l = p.code
WHERE (p.kind IN ('SFIRM', 'SEMP', 'VA', 'SALES', 'INCOME', 'TP', 'POPLF', 'UNEMP')
       OR (p.kind = 'FIRM' AND p.is_city))
