package io.verbatim.app.dashboard;

import io.verbatim.analytics.dashboard.DrillDown;
import io.verbatim.analytics.dashboard.Highlights;
import io.verbatim.analytics.dashboard.Verbatim;
import io.verbatim.app.i18n.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The comments behind one bar or trend point, for the side panel: a title naming the group, how many there are, and
 * the list narrowed by the search box. The words searched for, and the words of a topic group, are highlighted.
 */
public final class DrillDownModel {

    private final Messages messages;
    private final String title;
    private final List<String> groupTerms;
    private final DrillDown drillDown;
    private final boolean scored;
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<Verbatim> shown = FXCollections.observableArrayList();
    private final ObservableList<Verbatim> shownView = FXCollections.unmodifiableObservableList(shown);
    private List<String> terms = List.of();

    /**
     * @param title what was clicked, e.g. "Region: Москва"
     * @param groupTerms words to highlight whatever the search (a topic's words), possibly none
     */
    DrillDownModel(Messages messages, String title, List<String> groupTerms, DrillDown drillDown) {
        this(messages, title, groupTerms, drillDown, true);
    }

    /**
     * @param scored whether each row's second field is the respondent's score (a survey); a ticket's or a mention's
     *     rows carry their channel or source there instead
     */
    DrillDownModel(Messages messages, String title, List<String> groupTerms, DrillDown drillDown, boolean scored) {
        this.messages = messages;
        this.title = title;
        this.groupTerms = List.copyOf(groupTerms);
        this.drillDown = drillDown;
        this.scored = scored;
        search.addListener(obs -> refresh());
        refresh();
    }

    /** The line under a row's text: "Score 9 · 3 Feb 2026", or "web · 3 Feb 2026" for a ticket or a mention. */
    public String meta(Verbatim row, String day) {
        String detail = row.score() == null ? "" : row.score().strip();
        if (detail.isEmpty()) {
            return day;
        }
        return messages.format(scored ? "drill.meta" : "drill.metaDetail", detail, day);
    }

    public String title() {
        return title;
    }

    /** The search box's text: the comments shown hold a word starting with each of its words. */
    public StringProperty searchProperty() {
        return search;
    }

    /** E.g. "12 of 340 comments (first 500 listed)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<Verbatim> shown() {
        return shownView;
    }

    /** The words highlighted now: the search's and the group's. */
    public List<String> terms() {
        return terms;
    }

    private void refresh() {
        List<String> searched = Highlights.terms(search.get());
        List<String> all = new ArrayList<>(searched);
        groupTerms.stream().filter(t -> !all.contains(t)).forEach(all::add);
        terms = List.copyOf(all);
        shown.setAll(drillDown.verbatims().stream()
                .filter(v -> searched.isEmpty() || Highlights.matchesAll(v.text(), searched))
                .toList());
        NumberFormat integers = NumberFormat.getIntegerInstance(messages.locale());
        String text =
                messages.format("drill.summary", integers.format(shown.size()), integers.format(drillDown.total()));
        if (drillDown.total() > drillDown.verbatims().size()) {
            text += " "
                    + messages.format(
                            "drill.limited",
                            integers.format(drillDown.verbatims().size()));
        }
        summary.set(text);
    }
}
