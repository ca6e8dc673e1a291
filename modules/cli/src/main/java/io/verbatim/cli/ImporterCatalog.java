package io.verbatim.cli;

import io.verbatim.ingest.Importers;
import io.verbatim.ingest.survey.SurveyImporter;
import java.util.List;

/** The importers the command line offers: the one list to extend when a new kind of export is supported. */
final class ImporterCatalog {

    private ImporterCatalog() {}

    static Importers all() {
        return new Importers(List.of(new SurveyImporter()));
    }
}
