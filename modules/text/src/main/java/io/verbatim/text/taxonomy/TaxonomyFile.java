package io.verbatim.text.taxonomy;

import io.verbatim.text.token.WordTokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain-text file a taxonomy lives in, UTF-8, meant to be edited by hand. Every saved file starts with this help:
 *
 * <pre>
 * topic 1: Доставка
 *   any: доставка, курьер, "не привезли"
 *   not: самовывоз
 * topic 2: Доставка &gt; Опоздание
 *   any: опоздание, задержка, "вовремя не"
 * </pre>
 *
 * A {@code topic ID: NAME} line starts a topic (ID a positive number that never changes, so results compare across
 * waves; {@code PARENT > NAME} makes a child, its parent written above it); {@code any:}, {@code all:} and {@code not:}
 * lines under it list comma-separated words and quoted phrases. {@code #} starts a comment, kept on save with the
 * topic below it (or at the top of the file when a blank line follows it there); {@code ##} lines are the help, rewritten
 * on save. A file written by {@link #write} reads back to the same taxonomy and writes back byte for byte the same.
 */
public final class TaxonomyFile {

    /** The help every saved file starts with. */
    public static final List<String> HELP = List.of(
            "## Verbatim taxonomy (format 1): plain UTF-8 text, edit it in any text editor.",
            "##   topic ID: NAME              a topic; ID is a number that never changes, so waves compare",
            "##   topic ID: PARENT > NAME     a child topic; its parent must be written above it",
            "##     any: word, \"a phrase\"      matches a text holding at least one of these",
            "##     all: word, word             ...and every one of these",
            "##     not: word, \"a phrase\"      ...and none of these",
            "## A word matches all its forms (доставка = доставки = доставку); \"a phrase\" matches its words in a row.",
            "## A child matches only texts its parent matches. A text gets the most specific matching topic; on a",
            "## tie, the one written first. # starts a comment (kept on save); ## lines are this help.");

    private static final String TOPIC = "topic ";

    private TaxonomyFile() {}

    /** Reads a taxonomy file; problems are a {@link TaxonomyParseException} naming the file and line. */
    public static Taxonomy read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Writes a taxonomy as UTF-8 text. */
    public static void write(Taxonomy taxonomy, Path file) throws IOException {
        Files.writeString(file, write(taxonomy), StandardCharsets.UTF_8);
    }

    /** The text of a taxonomy file. */
    public static String write(Taxonomy taxonomy) {
        StringBuilder b = new StringBuilder();
        HELP.forEach(h -> b.append(h).append('\n'));
        if (!taxonomy.header().isEmpty()) {
            taxonomy.header().forEach(c -> b.append('#').append(c).append('\n'));
        }
        b.append('\n');
        for (TaxonomyTopic t : taxonomy.topics()) {
            t.comments().forEach(c -> b.append('#').append(c).append('\n'));
            b.append(TOPIC).append(t.id()).append(": ").append(t.label()).append('\n');
            rule(b, "any", t.rule().any());
            rule(b, "all", t.rule().all());
            rule(b, "not", t.rule().not());
            b.append('\n');
        }
        taxonomy.footer().forEach(c -> b.append('#').append(c).append('\n'));
        return b.toString();
    }

    /** Parses the text of a taxonomy file; {@code file} names it in error messages. */
    public static Taxonomy parse(String content, String file) {
        return new Parser(file).parse(content.startsWith("\uFEFF") ? content.substring(1) : content);
    }

    private static void rule(StringBuilder b, String key, List<String> terms) {
        if (terms.isEmpty()) {
            return;
        }
        b.append("  ").append(key).append(": ");
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            b.append(i == 0 ? "" : ", ");
            b.append(term.contains(" ") || term.contains(",") ? '"' + term + '"' : term);
        }
        b.append('\n');
    }

    /** One pass over the lines, holding the topic being read. */
    private static final class Parser {

        private final String file;
        private final List<String> header = new ArrayList<>();
        private final List<String> pending = new ArrayList<>();
        private final List<TaxonomyTopic> topics = new ArrayList<>();
        private final Set<Integer> ids = new HashSet<>();
        private final Set<List<String>> paths = new HashSet<>();
        private int topicLine;
        private int id;
        private List<String> path;
        private List<String> comments;
        private final List<String> any = new ArrayList<>();
        private final List<String> all = new ArrayList<>();
        private final List<String> not = new ArrayList<>();

        Parser(String file) {
            this.file = file;
        }

        Taxonomy parse(String content) {
            String[] lines = content.split("\r?\n", -1);
            for (int i = 0; i < lines.length; i++) {
                line(i + 1, lines[i].strip());
            }
            finishTopic();
            return new Taxonomy(header, topics, pending);
        }

        private void line(int number, String line) {
            if (line.isEmpty()) {
                if (path == null) {
                    header.addAll(pending);
                    pending.clear();
                }
                return;
            }
            if (line.startsWith("##")) {
                return;
            }
            if (line.startsWith("#")) {
                pending.add(line.substring(1));
                return;
            }
            if (line.toLowerCase(Locale.ROOT).startsWith(TOPIC)) {
                finishTopic();
                startTopic(number, line.substring(TOPIC.length()).strip());
                return;
            }
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            List<String> target =
                    switch (key) {
                        case "any" -> any;
                        case "all" -> all;
                        case "not" -> not;
                        default ->
                            throw error(
                                    number,
                                    "expected 'topic ID: NAME', 'any:', 'all:', 'not:' or a # comment," + " found '"
                                            + shorten(line) + "'");
                    };
            if (path == null) {
                throw error(number, "'" + key + ":' comes before any 'topic ID: NAME' line; rules belong to a topic");
            }
            target.addAll(terms(number, line.substring(colon + 1)));
        }

        private void startTopic(int number, String rest) {
            int colon = rest.indexOf(':');
            if (colon < 0) {
                throw error(number, "a topic line reads 'topic ID: NAME', e.g. 'topic 3: Доставка'; ':' is missing");
            }
            String idText = rest.substring(0, colon).strip();
            try {
                id = Integer.parseInt(idText);
            } catch (NumberFormatException e) {
                throw error(number, "topic id '" + idText + "' is not a number; use a positive whole number");
            }
            if (id < 1) {
                throw error(number, "topic id " + id + " must be 1 or more (0 means 'no topic')");
            }
            if (!ids.add(id)) {
                throw error(number, "topic id " + id + " is used twice; each topic needs its own id");
            }
            List<String> names = new ArrayList<>();
            for (String name : rest.substring(colon + 1).split(">", -1)) {
                if (name.isBlank()) {
                    throw error(number, "topic " + id + " has an empty name; write 'topic ID: PARENT > NAME'");
                }
                names.add(name.strip());
            }
            if (names.size() > 1 && !paths.contains(names.subList(0, names.size() - 1))) {
                throw error(
                        number,
                        "the parent '" + String.join(TaxonomyTopic.PATH_SEPARATOR, names.subList(0, names.size() - 1))
                                + "' of topic " + id + " is not defined above it");
            }
            if (!paths.add(List.copyOf(names))) {
                throw error(
                        number,
                        "a topic named '" + String.join(TaxonomyTopic.PATH_SEPARATOR, names) + "' is defined twice");
            }
            topicLine = number;
            path = names;
            comments = new ArrayList<>(pending);
            pending.clear();
        }

        private void finishTopic() {
            if (path == null) {
                return;
            }
            TopicRule rule = new TopicRule(any, all, not);
            if (!rule.selectsSomething()) {
                throw error(topicLine, "topic " + id + " has no 'any:' or 'all:' rule, so it would match nothing");
            }
            topics.add(new TaxonomyTopic(id, path, rule, comments));
            any.clear();
            all.clear();
            not.clear();
            path = null;
        }

        private List<String> terms(int number, String text) {
            List<String> terms = new ArrayList<>();
            StringBuilder term = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                    wasQuoted = true;
                } else if (c == ',' && !quoted) {
                    terms.add(term(number, term.toString(), wasQuoted));
                    term.setLength(0);
                    wasQuoted = false;
                } else {
                    term.append(c);
                }
            }
            if (quoted) {
                throw error(number, "a quoted phrase is not closed; add the closing \"");
            }
            terms.add(term(number, term.toString(), wasQuoted));
            return terms;
        }

        private String term(int number, String raw, boolean quoted) {
            String term = raw.strip().replaceAll("\\s+", " ");
            if (term.isEmpty()) {
                throw error(
                        number,
                        quoted
                                ? "an empty phrase \"\""
                                : "an empty term (two commas in a row, or a" + " comma at the end)");
            }
            if (WordTokenizer.words(term).isEmpty()) {
                throw error(number, "'" + term + "' has no letters or digits to match");
            }
            return term;
        }

        private TaxonomyParseException error(int number, String problem) {
            return new TaxonomyParseException(file, number, problem);
        }

        private static String shorten(String line) {
            return line.length() <= 40 ? line : line.substring(0, 40) + "…";
        }
    }
}
