-- Saved import presets (docs/decisions/0017-mapping-files-and-presets.md): a column mapping under a name, and the
-- header fingerprint of the file it was saved from, so the next file of the same shape is offered it by itself.
-- The mapping is the text of a mapping file; the store does not read it.
CREATE TABLE import_preset (
    name        CHARACTER VARYING(400)     NOT NULL,
    kind        CHARACTER VARYING(20)      NOT NULL,
    fingerprint CHARACTER VARYING(64)      NOT NULL,
    mapping     CHARACTER VARYING(1000000) NOT NULL,
    saved_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT import_preset_pk PRIMARY KEY (name)
);

CREATE INDEX import_preset_fingerprint ON import_preset (fingerprint);
