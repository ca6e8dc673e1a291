-- Customer-journey maps (docs/decisions/0032-journey-maps-data.md). A map is one JSON document (io.verbatim.store.journey
-- .JourneyJson, which carries its own format version) written whole by each save; name and updated_at are copied out
-- of it so the maps can be listed without reading every document.
CREATE TABLE journey_map (
    map_id     CHARACTER VARYING(200)    NOT NULL PRIMARY KEY,
    name       CHARACTER VARYING(1000)   NOT NULL,
    document   CHARACTER LARGE OBJECT    NOT NULL,
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
CREATE INDEX journey_map_name ON journey_map (name);
