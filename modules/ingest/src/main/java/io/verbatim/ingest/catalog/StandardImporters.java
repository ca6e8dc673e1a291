package io.verbatim.ingest.catalog;

import io.verbatim.ingest.Importers;
import io.verbatim.ingest.document.DocumentImporter;
import io.verbatim.ingest.json.telegram.TelegramJsonImporter;
import io.verbatim.ingest.json.zendesk.ZendeskChatJsonImporter;
import io.verbatim.ingest.json.zendesk.ZendeskJsonImporter;
import io.verbatim.ingest.mention.MentionImporter;
import io.verbatim.ingest.survey.SurveyImporter;
import io.verbatim.ingest.ticket.TicketImporter;
import java.util.List;

/**
 * Every importer Verbatim ships, for the composition roots (desktop and command line) to wire in: the one list to
 * extend when a new kind of export is supported. Kept out of {@code io.verbatim.ingest} so the package that defines
 * the importer interface does not depend on its implementations.
 */
public final class StandardImporters {

    private StandardImporters() {}

    /** Surveys first, so that a plain table nobody recognises is read as a survey. */
    public static Importers all() {
        return new Importers(List.of(
                new SurveyImporter(),
                new TicketImporter(),
                new MentionImporter(),
                new DocumentImporter(),
                new ZendeskJsonImporter(),
                new ZendeskChatJsonImporter(),
                new TelegramJsonImporter()));
    }
}
