package io.verbatim.ingest.mapping;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One tool's export, recognised by its header row: every required header present and at least {@code minIndicative}
 * of the indicative ones. Headers are compared after {@link HeaderNames#normalise}.
 *
 * @param name the layout name stored with the dataset, e.g. {@code zendesk-csv}
 * @param required headers the tool always writes and others rarely do
 * @param indicative headers typical of the tool
 * @param minIndicative how many indicative headers must be present
 */
public record TableLayout(String name, Set<String> required, Set<String> indicative, int minIndicative) {

    public TableLayout {
        required = normalised(required);
        indicative = normalised(indicative);
    }

    public static TableLayout of(String name, List<String> required, List<String> indicative, int minIndicative) {
        return new TableLayout(name, Set.copyOf(required), Set.copyOf(indicative), minIndicative);
    }

    /**
     * Reads layouts, one a line: {@code name: Required | ... ; Indicative | ... ; minimum indicative}.
     */
    public static List<TableLayout> parse(String table) {
        List<TableLayout> layouts = new java.util.ArrayList<>();
        for (String line : table.strip().split("\\R")) {
            int colon = line.indexOf(':');
            String[] parts = line.substring(colon + 1).split(";");
            if (colon <= 0 || parts.length != 3) {
                throw new IllegalArgumentException("not a layout line: " + line);
            }
            layouts.add(of(
                    line.substring(0, colon).strip(),
                    names(parts[0]),
                    names(parts[1]),
                    Integer.parseInt(parts[2].strip())));
        }
        return List.copyOf(layouts);
    }

    private static List<String> names(String list) {
        return java.util.Arrays.stream(list.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** True when the (normalised) headers show this layout. */
    public boolean matches(Set<String> headers) {
        if (!headers.containsAll(required)) {
            return false;
        }
        int present = 0;
        for (String header : indicative) {
            if (headers.contains(header)) {
                present++;
            }
        }
        return present >= minIndicative;
    }

    private static Set<String> normalised(Collection<String> headers) {
        Set<String> out = new HashSet<>();
        headers.forEach(h -> out.add(HeaderNames.normalise(h)));
        return Set.copyOf(out);
    }
}
