-- The statistics warehouse: regions, the indicator catalogue, datasets and observations.
CREATE TABLE region (
    region_id    VARCHAR PRIMARY KEY,      -- TW:10013010, JP:01100, TW
    country      VARCHAR NOT NULL,         -- TW | JP
    level        VARCHAR NOT NULL,         -- nation | county | town | village | prefecture | municipality
    parent_id    VARCHAR,                  -- null only for a nation
    name_zh_hant VARCHAR,
    name_ja      VARCHAR,
    name_en      VARCHAR,
    valid_from   DATE,
    valid_to     DATE,
    area_km2     DOUBLE,
    boundary     VARCHAR                   -- GeoJSON geometry (lon/lat), decoded from the pack's TopoJSON
);

-- The TopoJSON layers as shipped, for maps that want the whole layer in one compact answer.
CREATE TABLE boundary_layer (
    country  VARCHAR NOT NULL,
    level    VARCHAR NOT NULL,
    name     VARCHAR NOT NULL,             -- <file>#<object>: a level may have a main layer and supplements
    topojson VARCHAR NOT NULL,
    PRIMARY KEY (country, level, name)
);

CREATE TABLE indicator (
    indicator_id VARCHAR PRIMARY KEY,
    category     VARCHAR NOT NULL,
    name_zh_hant VARCHAR,
    name_ja      VARCHAR,
    name_en      VARCHAR,
    unit         VARCHAR NOT NULL,
    definition   VARCHAR,
    source       VARCHAR,
    licence      VARCHAR,
    aggregation  VARCHAR NOT NULL,         -- sum | weighted_mean:<id> | ratio_of_sums:<num>/<den> | not_additive
    formula      VARCHAR,                  -- null for measured indicators
    status       VARCHAR NOT NULL,         -- available | no_source_yet
    declared_by  VARCHAR NOT NULL,         -- catalogue, or the id of the dataset whose sidecar declared it
    min_value    DOUBLE,                   -- the valid range: null when unbounded
    max_value    DOUBLE
);

CREATE TABLE dataset (
    dataset_id  VARCHAR PRIMARY KEY,
    title       VARCHAR NOT NULL,
    publisher   VARCHAR,
    source      VARCHAR,
    licence     VARCHAR NOT NULL,
    attribution VARCHAR,
    vintage     VARCHAR,
    checksum    VARCHAR,                   -- SHA-256 of the source files
    origin      VARCHAR NOT NULL,          -- pack | user | derived
    imported_at TIMESTAMP NOT NULL,
    row_count   BIGINT NOT NULL
);

CREATE TABLE observation (
    dataset_id   VARCHAR NOT NULL,
    indicator_id VARCHAR NOT NULL,
    region_id    VARCHAR NOT NULL,
    period       VARCHAR NOT NULL,
    sex          VARCHAR NOT NULL,
    age_group    VARCHAR NOT NULL,
    category     VARCHAR NOT NULL,
    value        DOUBLE NOT NULL,
    status       VARCHAR NOT NULL
);
