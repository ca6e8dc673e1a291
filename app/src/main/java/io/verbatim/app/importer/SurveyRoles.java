package io.verbatim.app.importer;

import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.ingest.preset.RoleSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A survey's question roles as a mapping's {@code roles} writes them ({@code nps:0-10}, {@code none}), read from and
 * written to the wizard's role rows, so a survey preset saved in the wizard is the one {@code --save-preset} saves.
 */
final class SurveyRoles {

    private static final Pattern SPEC = Pattern.compile("([a-z]+)(?::(\\d+)-(\\d+))?(?::reversed)?");

    private SurveyRoles() {}

    /** The role of every column that is a rating question, or that the analyst said is not one. */
    static Map<String, String> of(List<ColumnRoleRow> rows) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (ColumnRoleRow row : rows) {
            boolean refused = row.override().isPresent() && row.chosenQuestion() == null;
            if (row.chosenQuestion() != null || refused) {
                roles.put(row.key(), RoleSpec.of(row.chosenQuestion()));
            }
        }
        return roles;
    }

    /** Sets the rows a role names (by column key or header); a spec the wizard cannot show leaves its row alone. */
    static void apply(Map<String, String> roles, List<ColumnRoleRow> rows) {
        for (ColumnRoleRow row : rows) {
            String spec = roles.containsKey(row.key()) ? roles.get(row.key()) : roles.get(row.label());
            Matcher matcher = spec == null ? null : SPEC.matcher(spec.strip().toLowerCase(Locale.ROOT));
            if (matcher == null || !matcher.matches()) {
                continue;
            }
            RoleChoice role = choice(matcher.group(1));
            if (role != null) {
                row.roleProperty().set(role);
                if (matcher.group(2) != null) {
                    row.scaleProperty()
                            .set(new ScaleChoice(
                                    Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
                }
            }
        }
    }

    private static RoleChoice choice(String name) {
        if (name.equals(RoleSpec.NONE)) {
            return RoleChoice.NONE;
        }
        for (RoleChoice choice : RoleChoice.values()) {
            MetricRole role = choice.role();
            if (role != null && role.wireName().equals(name)) {
                return choice;
            }
        }
        return null;
    }
}
