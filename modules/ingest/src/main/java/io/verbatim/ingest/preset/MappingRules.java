package io.verbatim.ingest.preset;

import io.verbatim.domain.dataset.DatasetKind;
import java.nio.file.Path;

/**
 * What a mapping may say for each kind: field maps belong to ticket and mention tables, question roles to surveys.
 * Skipped columns, date order, time zone and the Excel date system apply to every kind.
 */
final class MappingRules {

    private MappingRules() {}

    static void check(ColumnMapping mapping, Path source) {
        if (mapping.kind() == DatasetKind.SURVEY) {
            if (!mapping.fields().isEmpty()) {
                throw MappingJson.fail(
                        source, "\"fields\" maps ticket and mention columns; a survey mapping names \"roles\"");
            }
        } else if (!mapping.roles().isEmpty()
                && (mapping.kind() != null || !mapping.fields().isEmpty())) {
            throw MappingJson.fail(
                    source,
                    "\"roles\" are question roles of a survey; set \"kind\": \"survey\" or map ticket and mention"
                            + " columns under \"fields\"");
        }
    }
}
