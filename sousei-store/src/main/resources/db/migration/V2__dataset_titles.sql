-- A dataset's title in Traditional Chinese and Japanese beside the title it was given (usually English).
ALTER TABLE dataset ADD COLUMN title_zh_hant VARCHAR;
ALTER TABLE dataset ADD COLUMN title_ja VARCHAR;
