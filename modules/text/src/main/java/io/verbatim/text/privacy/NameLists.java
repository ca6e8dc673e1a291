package io.verbatim.text.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The first names {@link NameFinder} knows, read once from the lists Verbatim ships
 * ({@code io/verbatim/text/privacy/*.txt}, written by us): every case form of each Russian name, each English name, and
 * apart from them the names that are also ordinary words or brands, which need a surname or a patronymic beside them.
 * All lower case with {@code ё} folded.
 */
final class NameLists {

    static final NameLists SHIPPED = load();

    private final Set<String> names;
    private final Set<String> ambiguous;

    private NameLists(Set<String> names, Set<String> ambiguous) {
        this.names = Set.copyOf(names);
        this.ambiguous = Set.copyOf(ambiguous);
    }

    /** True for a form of a first name that is nothing else. */
    boolean isName(String folded) {
        return names.contains(folded);
    }

    /** True for a form of a first name that is also an ordinary word, a place or a brand. */
    boolean isAmbiguousName(String folded) {
        return ambiguous.contains(folded);
    }

    private static NameLists load() {
        Set<String> names = new HashSet<>();
        Set<String> ambiguous = new HashSet<>();
        read("ru_first_names.txt", true, names, ambiguous);
        read("en_first_names.txt", false, names, ambiguous);
        names.removeAll(ambiguous);
        return new NameLists(names, ambiguous);
    }

    private static void read(String resource, boolean russian, Set<String> names, Set<String> ambiguous) {
        try (InputStream in = NameLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("name list " + resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                Set<String> target = entry.startsWith("?") ? ambiguous : names;
                String[] words = entry.replace("?", "").split("\\s+");
                if (russian) {
                    target.addAll(RussianNameForms.of(words[0]));
                } else {
                    target.add(NameFinder.fold(words[0]));
                }
                for (int i = 1; i < words.length; i++) {
                    target.add(NameFinder.fold(words[i]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name list " + resource, e);
        }
    }
}
