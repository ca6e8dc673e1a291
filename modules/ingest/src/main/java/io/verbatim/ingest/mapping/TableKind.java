package io.verbatim.ingest.mapping;

import io.verbatim.domain.dataset.DatasetKind;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a kind of plain-table export looks like: its canonical fields' synonyms, the tool layouts known by their headers
 * (most specific first), and when an unknown table still has enough of the kind's columns to be taken for it.
 *
 * @param kind the dataset kind created
 * @param synonyms header synonyms of the canonical fields
 * @param layouts known tool layouts, tried in order
 * @param minFields an unknown table needs this many canonical fields to be recognised as this kind
 * @param distinctive fields other kinds of table rarely have (a survey has a date and a channel, not a status and an
 *     assignee)
 * @param minDistinctive how many of {@code distinctive} an unknown table needs
 */
public record TableKind(
        DatasetKind kind,
        Synonyms synonyms,
        List<TableLayout> layouts,
        int minFields,
        Set<Canonical> distinctive,
        int minDistinctive) {

    /** The layout name of a table recognised by its canonical columns only, or imported with an explicit kind. */
    public static final String GENERIC = "generic";

    /** Confidence for a known tool layout: above a generic survey table, like a known survey layout. */
    public static final int KNOWN_LAYOUT = 90;

    /** Confidence for an unknown table with enough of this kind's columns: above a generic survey table (10). */
    public static final int GENERIC_TABLE = 50;

    public TableKind {
        layouts = List.copyOf(layouts);
        distinctive = Set.copyOf(distinctive);
    }

    /** The known layout the headers show. */
    public Optional<TableLayout> knownLayout(List<String> headers) {
        Set<String> names = new HashSet<>();
        headers.forEach(h -> names.add(HeaderNames.normalise(h)));
        return layouts.stream().filter(l -> l.matches(names)).findFirst();
    }

    /** The layout name for these headers: a known one, else {@value #GENERIC}. */
    public String layoutName(List<String> headers) {
        return knownLayout(headers).map(TableLayout::name).orElse(GENERIC);
    }

    /** 0–100: how sure it is that a table with these headers is of this kind. */
    public int score(List<String> headers) {
        if (knownLayout(headers).isPresent()) {
            return KNOWN_LAYOUT;
        }
        Canonical[] fields = synonyms.map(headers);
        int found = 0;
        int special = 0;
        for (Canonical field : fields) {
            if (field != null) {
                found++;
                if (distinctive.contains(field)) {
                    special++;
                }
            }
        }
        return found >= minFields && special >= minDistinctive ? GENERIC_TABLE : 0;
    }
}
