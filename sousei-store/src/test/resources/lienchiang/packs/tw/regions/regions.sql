SELECT * FROM (VALUES
    ('TW', 'nation', NULL, '臺灣', '台湾', 'Taiwan', NULL, NULL, NULL),
    ('TW:09007', 'county', 'TW', '連江縣', '連江県', 'Lienchiang County', NULL, NULL, 28.8),
    ('TW:09007010', 'town', 'TW:09007', '南竿鄉', '南竿郷', 'Nangan Township', NULL, NULL, 10.4),
    ('TW:09007020', 'town', 'TW:09007', '北竿鄉', '北竿郷', 'Beigan Township', NULL, NULL, 8.7),
    ('TW:09007030', 'town', 'TW:09007', '莒光鄉', '莒光郷', 'Juguang Township', NULL, NULL, 4.7),
    ('TW:09007040', 'town', 'TW:09007', '東引鄉', '東引郷', 'Dongyin Township', NULL, NULL, 3.8)
) AS r(region_id, level, parent_id, name_zh_hant, name_ja, name_en, valid_from, valid_to, area_km2)
