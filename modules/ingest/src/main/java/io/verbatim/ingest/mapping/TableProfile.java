package io.verbatim.ingest.mapping;

import io.verbatim.domain.dataset.ValueType;
import io.verbatim.domain.job.JobContext;
import io.verbatim.ingest.ImportException;
import io.verbatim.ingest.preset.DateRules;
import io.verbatim.ingest.report.ImportProblem;
import io.verbatim.ingest.report.ProblemCollector;
import io.verbatim.ingest.report.ProblemRule;
import io.verbatim.ingest.source.ReadProgress;
import io.verbatim.ingest.survey.profile.ColumnProfile;
import io.verbatim.ingest.survey.profile.DatePattern;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The first of the two passes: checks that canonical DATETIME and NUMBER columns hold what their field promises,
 * decides their date shapes, and profiles every other column's type, all before a row is written. Every cell that
 * breaks its field's type, and every row that does not fit the header, is collected (up to
 * {@link ProblemCollector#DEFAULT_CAP}) and the file is refused with all of them at the end of the pass.
 */
final class TableProfile {

    private final Canonical[] fields;
    private final DateRules rules;
    private final DateColumn[] dates;
    private final boolean[] numbers;
    private final ColumnProfile[] others;
    private final DurationColumns durations;
    private final MappedFile table;
    private final ProblemCollector problems = new ProblemCollector();
    private long records;

    private TableProfile(MappedFile table, Canonical[] fields, DateRules rules, DurationColumns durations) {
        this.table = table;
        this.durations = durations;
        this.fields = fields.clone();
        this.rules = rules;
        int width = fields.length;
        this.dates = new DateColumn[width];
        this.numbers = new boolean[width];
        this.others = new ColumnProfile[width];
        for (int i = 0; i < width; i++) {
            Canonical field = fields[i];
            if (field == null) {
                others[i] = new ColumnProfile();
            } else if (field.type() == ValueType.DATETIME) {
                dates[i] = new DateColumn(rules);
            } else if (field.type() == ValueType.NUMBER) {
                numbers[i] = true;
            }
        }
    }

    /**
     * Profiles up to {@code limit} records; {@code firstRows} sees each of them.
     *
     * @param rules the mapping's date decisions ({@link DateRules#DETECT} when there is none)
     * @param durations the minutes columns whose raw cells must be durations
     * @throws ImportException with every cell of a canonical column that does not have the field's type and every
     *     row that does not fit the header (up to the cap), when there is any
     */
    static TableProfile run(
            MappedFile table,
            Canonical[] fields,
            DateRules rules,
            DurationColumns durations,
            long limit,
            JobContext context,
            Consumer<String[]> firstRows) {
        TableProfile profile = new TableProfile(table, fields, rules, durations);
        table.read(
                (line, cells) -> {
                    profile.accept(line, cells);
                    firstRows.accept(cells);
                    if (++profile.records % TableImporter.PROGRESS_EVERY == 0) {
                        context.checkCancelled();
                        ReadProgress.report(context, table.source(), profile.records, "Profiling");
                    }
                    return profile.records < limit;
                },
                profile.problems);
        profile.problems.refuseIfAny();
        return profile;
    }

    private void accept(long line, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (others[i] != null) {
                others[i].accept(cells[i]);
            } else if (dates[i] != null) {
                if (!dates[i].accept(cells[i])) {
                    int column = i;
                    problems.add(() -> problem(line, column, ProblemRule.DATE, cells[column]));
                }
            } else if (numbers[i] && !NumberColumn.accepts(cells[i])) {
                int column = i;
                problems.add(() -> problem(line, column, ProblemRule.NUMBER, cells[column]));
            }
        }
        durations.accept(line, cells, table, problems);
    }

    private ImportProblem problem(long line, int column, ProblemRule rule, String raw) {
        String header = table.headers().get(column);
        String value = raw.strip();
        String what = rule == ProblemRule.DATE
                ? "a date and time, but this cell is not a date this importer reads (such as 2024-03-05 10:15,"
                        + " 05.03.2024 10:15, 3/5/2024 10:15 AM or Wed Oct 11 06:55:44 +0000 2017) or its shape"
                        + " differs from the cells above it"
                : "a number, but this cell is not a number";
        if (rule == ProblemRule.DATE && rules.order() != null) {
            what += " (the mapping's date_order reads slash dates as " + rules.order() + ")";
        }
        return new ImportProblem(
                ImportException.nameOf(table.source().file()),
                line,
                table.fileColumn(column),
                header,
                rule,
                value,
                "column \"%s\" is read as %s, %s: \"%s\"; correct or blank the cell and import again"
                        .formatted(header, fields[column].key(), what, shorten(value)));
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }

    long records() {
        return records;
    }

    /** The type a column is stored with: the field's type for canonical columns, else what its cells showed. */
    ValueType type(int column) {
        return fields[column] != null ? fields[column].type() : others[column].type();
    }

    /** Rewrites {@code cells} in place as their columns' types promise: dates in ISO-8601, numbers plain. */
    void normalise(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (dates[i] != null) {
                cells[i] = dates[i].toIso(cells[i]);
            } else if (numbers[i]) {
                cells[i] = NumberColumn.toPlain(cells[i]);
            } else if (others[i] != null && !cells[i].isBlank()) {
                Optional<DatePattern> pattern = others[i].datePattern();
                if (pattern.isPresent()) {
                    cells[i] = pattern.get().toIso(cells[i]).map(rules::zoned).orElse(cells[i]);
                }
            }
        }
    }
}
