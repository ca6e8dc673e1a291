package io.verbatim.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.analytics.dashboard.DrillDown;
import io.verbatim.analytics.dashboard.Verbatim;
import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrillDownModelTest {

    private final Messages english = Messages.of(Language.ENGLISH);
    private final DrillDown none = new DrillDown("comment", List.of(), 0, 0);

    @Test
    void aSurveyRowShowsItsScoreAndATicketOrMentionRowItsChannelOrSource() {
        DrillDownModel survey = new DrillDownModel(english, "Region: Москва", List.of(), none);
        DrillDownModel tickets = new DrillDownModel(english, "channel: web", List.of(), none, false);

        assertThat(survey.meta(new Verbatim("Slow", "9", "2026-02-03"), "3 Feb 2026"))
                .isEqualTo("Score 9 · 3 Feb 2026");
        assertThat(tickets.meta(new Verbatim("Slow", "web", "2026-02-03"), "3 Feb 2026"))
                .isEqualTo("web · 3 Feb 2026");
        assertThat(tickets.meta(new Verbatim("Slow", " ", "2026-02-03"), "3 Feb 2026"))
                .isEqualTo("3 Feb 2026");
    }
}
