package io.verbatim.app.workspace;

import io.verbatim.ingest.Importers;
import io.verbatim.ingest.document.DocumentImporter;
import io.verbatim.ingest.json.telegram.TelegramJsonImporter;
import io.verbatim.ingest.json.zendesk.ZendeskJsonImporter;
import io.verbatim.ingest.mention.MentionImporter;
import io.verbatim.ingest.survey.SurveyImporter;
import io.verbatim.ingest.ticket.TicketImporter;
import java.util.List;

/** The importers the desktop offers: the one list to extend when a new kind of export is supported. */
public final class ImporterCatalog {

    private ImporterCatalog() {}

    /** Every importer, surveys first so that a plain table nobody recognises is read as a survey. */
    public static Importers all() {
        return new Importers(List.of(
                new SurveyImporter(),
                new TicketImporter(),
                new MentionImporter(),
                new DocumentImporter(),
                new ZendeskJsonImporter(),
                new TelegramJsonImporter()));
    }
}
