package io.verbatim.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What importing each file of {@code shared/data/exports} must give, by its path under that folder: a dataset of a
 * kind and layout with so many rows, or a refusal whose reason contains a phrase. Every CSV and JSON file there has
 * an entry, so a sample added without one fails {@link ExportSamplesTest} until someone decides what it should do.
 */
final class ExportSampleExpectations {

    /** A dataset ({@code refusal} null) or a refusal ({@code kind} null). */
    record Outcome(String kind, String layout, long rows, String refusal) {

        static Outcome dataset(String kind, String layout, long rows) {
            return new Outcome(kind, layout, rows, null);
        }

        static Outcome refused(String reason) {
            return new Outcome(null, null, 0, reason);
        }

        @Override
        public String toString() {
            return refusal == null ? kind + "/" + layout + "/" + rows + " rows" : "refused: " + refusal;
        }
    }

    private static final String QUALTRICS_DEFINITION = "is a Qualtrics survey definition (the questions, no responses);"
            + " export the responses from Data & Analysis as CSV";
    private static final String QUALTRICS_DEFINITION_BASE64 = "is a base64-encoded Qualtrics survey definition";
    private static final String COLUMN_DEFINITIONS = "is a list of column definitions";
    private static final String USER_EVENTS = "is a list of Zendesk user events (Sunshine profile events";
    private static final String NPS = "Zendesk NPS responses are not supported yet";
    private static final String TICKET_EVENTS = "ticket events are not supported yet";
    private static final String ORGANIZATIONS = "Zendesk organizations are not a dataset Verbatim imports";

    private ExportSampleExpectations() {}

    static Map<String, Outcome> all() {
        Map<String, Outcome> expected = new LinkedHashMap<>();
        expected.put("qualtrics/Beskar Armor.csv", Outcome.dataset("survey", "qualtrics", 27));
        expected.put("qualtrics/Beskar Armor.custom_columns.csv", Outcome.dataset("survey", "qualtrics", 15));
        expected.put("qualtrics/Beskar Armor.exclude_all.csv", Outcome.dataset("survey", "qualtrics", 15));
        expected.put("qualtrics/sample.csv", Outcome.dataset("survey", "qualtrics", 1));
        expected.put("qualtrics/sample_legacy.csv", Outcome.dataset("survey", "qualtrics-legacy", 1));
        expected.put(
                "qualtrics/survey_definitions/SV_3FdDswpcO88rSxE_2206062.json",
                Outcome.refused(QUALTRICS_DEFINITION_BASE64));
        expected.put(
                "qualtrics/survey_definitions/SV_3gbwq8aJgqPwQDP_BeskarArmor.json",
                Outcome.refused(QUALTRICS_DEFINITION));
        expected.put(
                "qualtrics/survey_definitions/SV_56icaa9YAafpAqx_CatsSalami.json",
                Outcome.refused(QUALTRICS_DEFINITION));
        expected.put("qualtrics/survey_definitions/SV_5BJRo2RGHajIlOB.json", Outcome.refused(QUALTRICS_DEFINITION));
        expected.put(
                "qualtrics/survey_definitions/SV_6s93xhVtm1e4j3v.json", Outcome.refused(QUALTRICS_DEFINITION_BASE64));
        expected.put(
                "surveymonkey/2022_anc_surveymonkey_export.redacted.csv",
                Outcome.dataset("survey", "surveymonkey", 35));
        expected.put(
                "tickets_synthetic/customer_support_tickets.csv", Outcome.dataset("tickets", "generic-tickets", 8469));
        // Customers and brands tweeting at each other: public posts found on a platform, not cases in a help desk
        // (no ticket id, status or assignee), so mentions is the right kind.
        expected.put("twitter_support_sample/sample.csv", Outcome.dataset("mentions", "twitter", 93));
        zendesk(expected);
        return expected;
    }

    private static void zendesk(Map<String, Outcome> expected) {
        String json = "zendesk/json/";
        expected.put(json + "chat.json", Outcome.dataset("tickets", "zendesk-chat-json", 2));
        expected.put(json + "chat_search.json", Outcome.refused("is a Zendesk Chat search result"));
        expected.put(json + "client.json", Outcome.refused("is a set of recorded HTTP responses"));
        expected.put(json + "cursor_based_tickets.json", Outcome.dataset("tickets", "zendesk-json", 1));
        expected.put(json + "cursor_based_tickets_incremental.json", Outcome.dataset("tickets", "zendesk-json", 1));
        expected.put(json + "duplicate_user.json", Outcome.refused("the file is empty"));
        // An empty page of the incremental export ("tickets": []) is still a ticket export, with no rows.
        expected.put(json + "empty_result.json", Outcome.dataset("tickets", "zendesk-json", 0));
        expected.put(
                json + "error_data.json",
                Outcome.refused("is a page of an API export whose records sit under \"error_target\""));
        for (String fixture : new String[] {
            "chat_column",
            "ticket_column",
            "ticket_column_with_related_objects",
            "ticket_fields_column",
            "ticket_metrics_column",
            "user_events_column"
        }) {
            expected.put(json + "expected/" + fixture + ".json", Outcome.refused(COLUMN_DEFINITIONS));
        }
        expected.put(
                json + "object_records.json", Outcome.refused("is a list of Zendesk Sunshine custom object records"));
        expected.put(json + "organization.json", Outcome.refused(ORGANIZATIONS));
        expected.put(
                json + "relationship_records.json",
                Outcome.refused("is a list of Zendesk Sunshine relationship records"));
        expected.put(json + "scores.json", Outcome.refused(NPS));
        expected.put(json + "scores_share_same_time_with_next_page.json", Outcome.refused(NPS));
        expected.put(json + "scores_share_same_time_without_next_page.json", Outcome.refused(NPS));
        expected.put(json + "simple_organization.json", Outcome.refused(ORGANIZATIONS));
        expected.put(json + "simple_user.json", Outcome.refused("Zendesk users are not a dataset Verbatim imports"));
        expected.put(json + "simple_user_event.json", Outcome.refused(USER_EVENTS));
        expected.put(json + "ticket_events_share_same_time_with_next_page.json", Outcome.refused(TICKET_EVENTS));
        expected.put(json + "ticket_events_share_same_time_without_next_page.json", Outcome.refused(TICKET_EVENTS));
        expected.put(json + "ticket_events_updated_by_system_records.json", Outcome.refused(TICKET_EVENTS));
        expected.put(
                json + "ticket_fields.json",
                Outcome.refused("Zendesk ticket fields are not a dataset Verbatim imports"));
        expected.put(json + "ticket_metrics.json", Outcome.dataset("tickets", "zendesk-json", 3));
        expected.put(
                json + "ticket_share_same_time_with_next_page.json", Outcome.dataset("tickets", "zendesk-json", 4));
        expected.put(
                json + "ticket_share_same_time_without_next_page.json", Outcome.dataset("tickets", "zendesk-json", 4));
        expected.put(json + "ticket_with_related_objects.json", Outcome.dataset("tickets", "zendesk-json", 1));
        expected.put(
                json + "ticket_with_updated_by_system_records.json", Outcome.dataset("tickets", "zendesk-json", 4));
        expected.put(json + "tickets.json", Outcome.dataset("tickets", "zendesk-json", 4));
        expected.put(json + "tickets_continue.json", Outcome.dataset("tickets", "zendesk-json", 1));
        expected.put(json + "user_event.json", Outcome.refused(USER_EVENTS));
        expected.put(json + "user_event_contain_latter_create_at.json", Outcome.refused(USER_EVENTS));
        expected.put(json + "user_event_multiple.json", Outcome.refused(USER_EVENTS));
        expected.put(json + "util.json", Outcome.refused("holds named objects but no list of records"));
        expected.put(
                json + "util_page.json", Outcome.refused("Zendesk ticket fields are not a dataset Verbatim imports"));
    }
}
