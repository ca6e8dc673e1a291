-- Analysts' sentiment corrections, one per text (keyed by the SHA-256 of the stripped text, as texts may be long).
CREATE TABLE sentiment_correction (
    text_hash    CHARACTER(64)             NOT NULL PRIMARY KEY,
    body         CHARACTER VARYING(100000) NOT NULL,
    language     CHARACTER VARYING(10)     NOT NULL,
    label        CHARACTER VARYING(10)     NOT NULL,
    dataset_name CHARACTER VARYING(400)    NOT NULL,
    corrected_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT sentiment_correction_label CHECK (label IN ('positive', 'neutral', 'negative'))
);
