package io.verbatim.app.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.verbatim.app.i18n.Language;
import io.verbatim.app.i18n.Messages;
import io.verbatim.app.testing.SmallSurvey;
import io.verbatim.domain.journey.Binding;
import io.verbatim.domain.score.Metric;
import org.junit.jupiter.api.Test;

class BindingFormTest {

    private final Messages english = Messages.of(Language.ENGLISH);

    private BindingForm form(Binding current) {
        return new BindingForm(SmallSurvey.repository().datasets(), current, english);
    }

    @Test
    void offersTheDatasetsMetricsQuestionsAndTextColumns() {
        BindingForm form = form(null);

        assertThat(form.datasetProperty().get()).isEqualTo("small");
        assertThat(form.metrics()).containsExactly(Metric.NPS, Metric.CSAT);
        assertThat(form.metricProperty().get()).isEqualTo(Metric.NPS);
        assertThat(form.questions()).containsExactly("", "nps");
        assertThat(form.textColumns()).contains("", "region", "comment");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aFilterThatCannotBeReadOrNamesNoColumnIsRefusedWithOneLine() {
        BindingForm form = form(null);

        form.filterProperty().set("region Москва");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.problemProperty().get()).contains("COLUMN=VALUE").doesNotContain("\n");
        assertThat(form.binding()).isEmpty();

        form.filterProperty().set("stage=Usage");
        assertThat(form.problemProperty().get()).isEqualTo("The dataset small has no column “stage”.");

        form.filterProperty().set("region=Москва;date>=2025-02-01");
        assertThat(form.problemProperty().get()).isEmpty();
        form.metricProperty().set(Metric.CSAT);
        form.textColumnProperty().set("comment");
        assertThat(form.binding())
                .contains(new Binding("small", Metric.CSAT, "", "region=Москва;date>=2025-02-01", "comment"));
    }

    @Test
    void startsFromTheStagesCurrentBinding() {
        Binding current = new Binding("small", Metric.CSAT, "csat", "region=London", "comment");

        BindingForm form = form(current);

        assertThat(form.binding()).contains(current);
    }
}
