-- Workspace settings (docs/decisions/0030-language-detection-and-pii.md): a value per dotted key, such as
-- privacy.mask_pii. A key nobody set has no row; the code that reads it knows its default.
CREATE TABLE workspace_setting (
    setting_key   CHARACTER VARYING(200)  NOT NULL PRIMARY KEY,
    setting_value CHARACTER VARYING(4000) NOT NULL,
    changed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
