package io.verbatim.ingest.preset;

import io.verbatim.domain.dataset.DatasetKind;
import java.nio.file.Path;

/**
 * What a mapping may say for each kind: field maps, date orders and zones belong to ticket and mention tables, whose
 * importer applies them; a survey mapping names question roles and skipped columns, because the survey importer decides
 * its dates from the data. Skipped columns apply to every kind.
 */
final class MappingRules {

    private MappingRules() {}

    static void check(ColumnMapping mapping, Path source) {
        if (mapping.kind() == DatasetKind.SURVEY) {
            if (!mapping.fields().isEmpty()) {
                throw MappingJson.fail(
                        source, "\"fields\" maps ticket and mention columns; a survey mapping names \"roles\"");
            }
            if (mapping.dateOrder() != null || mapping.timeZone() != null || mapping.excel1904()) {
                throw MappingJson.fail(
                        source,
                        "\"date_order\", \"time_zone\" and \"excel_dates\" apply to ticket and mention tables; survey"
                                + " dates are decided from the data");
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
