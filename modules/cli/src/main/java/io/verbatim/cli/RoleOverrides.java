package io.verbatim.cli;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code --role COL=ROLE[:MIN-MAX][:reversed]} into the question overrides of an import: the command line's
 * way to confirm or change a detected role, as the wizard does. {@code COL=none} says a column is not a rating
 * question. Without a scale, the detected scale is kept (with its answer labels), else the role's usual one.
 */
final class RoleOverrides {

    private static final Pattern SPEC = Pattern.compile(
            "(?<role>[a-z]+)(?::(?<min>-?\\d+)-(?<max>-?\\d+))?(?<reversed>:reversed)?", Pattern.CASE_INSENSITIVE);

    private RoleOverrides() {}

    /**
     * @param specs the {@code --role} values
     * @param detected the columns the importer proposes for the file
     * @return column key → question, or → null for "not a question"
     */
    static Map<String, Question> parse(List<String> specs, List<Column> detected) {
        Map<String, Question> overrides = new HashMap<>();
        for (String spec : specs) {
            int equals = spec.lastIndexOf('=');
            if (equals <= 0) {
                throw new UserInputException("--role " + spec + ": expected COL=ROLE, e.g. Q5=nps or comment=none");
            }
            put(
                    overrides,
                    spec.substring(0, equals).strip(),
                    spec.substring(equals + 1).strip(),
                    detected);
        }
        return overrides;
    }

    /**
     * The roles of a mapping file or preset ({@code "roles": {"Q5": "nps"}}), refused as {@code --role} values are.
     *
     * @param roles column key or header → {@code ROLE[:MIN-MAX][:reversed]} or {@code none}
     */
    static Map<String, Question> parse(Map<String, String> roles, List<Column> detected) {
        Map<String, Question> overrides = new HashMap<>();
        roles.forEach((name, value) -> put(overrides, name, value, detected));
        return overrides;
    }

    private static void put(Map<String, Question> overrides, String name, String value, List<Column> detected) {
        Column column = find(name, detected);
        overrides.put(column.key(), question(name + "=" + value, value, column));
    }

    private static Column find(String name, List<Column> detected) {
        return detected.stream()
                .filter(c -> c.isNamed(name))
                .findFirst()
                .orElseThrow(() -> new UserInputException("--role: the file has no column '" + name + "'; columns: "
                        + String.join(", ", detected.stream().map(Column::key).toList())));
    }

    private static Question question(String spec, String value, Column column) {
        Matcher m = SPEC.matcher(value);
        if (!m.matches()) {
            throw new UserInputException("--role " + spec + ": expected ROLE[:MIN-MAX][:reversed]");
        }
        String roleName = m.group("role").toLowerCase(Locale.ROOT);
        if (roleName.equals("none")) {
            return null;
        }
        MetricRole role = role(spec, roleName);
        Scale scale = m.group("min") != null
                ? scale(spec, Integer.parseInt(m.group("min")), Integer.parseInt(m.group("max")), column)
                : column.asQuestion().map(Question::scale).orElse(usualScale(role));
        ScaleDirection direction =
                m.group("reversed") != null ? ScaleDirection.LOWER_IS_BETTER : ScaleDirection.HIGHER_IS_BETTER;
        return new Question(role, scale, direction);
    }

    private static MetricRole role(String spec, String name) {
        for (MetricRole role : MetricRole.values()) {
            if (role.wireName().equals(name)) {
                return role;
            }
        }
        throw new UserInputException(
                "--role " + spec + ": unknown role '" + name + "'; use nps, enps, csat, ces, other or none");
    }

    private static Scale scale(String spec, int min, int max, Column column) {
        if (min >= max) {
            throw new UserInputException("--role " + spec + ": a scale needs MIN < MAX");
        }
        var labels = column.asQuestion().map(q -> q.scale().labels()).orElse(Map.of());
        return new Scale(min, max, labels);
    }

    /** The scale each role is usually asked on (METRICS.md): NPS/eNPS 0–10, CSAT 1–5, CES 2.0 1–7. */
    static Scale usualScale(MetricRole role) {
        return switch (role) {
            case NPS, ENPS -> Scale.of(0, 10);
            case CSAT, OTHER -> Scale.of(1, 5);
            case CES -> Scale.of(1, 7);
        };
    }
}
