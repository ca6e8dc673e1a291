-- Columns Verbatim computed from a dataset (language, sentiment, topics of a text column) rather than read from its
-- file. Their cells live in column_chunk like any column's; this table only says which columns they are and what they
-- were computed from, so a later run may replace them and never an imported column.
CREATE TABLE derived_column (
    dataset_id BIGINT                 NOT NULL,
    position   INTEGER                NOT NULL,
    source_key CHARACTER VARYING(400) NOT NULL,
    CONSTRAINT derived_column_pk PRIMARY KEY (dataset_id, position),
    CONSTRAINT derived_column_column FOREIGN KEY (dataset_id, position)
        REFERENCES dataset_column (dataset_id, position) ON DELETE CASCADE
);
