package io.verbatim.cli;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.Question;
import io.verbatim.store.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code verbatim datasets}: the workspace's datasets with kind, rows, columns and detected questions. */
@Command(name = "datasets", description = "List the workspace's datasets with their rows and detected questions.")
final class DatasetsCommand implements Callable<Integer> {

    @Mixin
    private WorkspaceOptions options;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Dataset> datasets;
        try (Workspace workspace = options.open()) {
            datasets = workspace.datasets().datasets();
        }
        var out = spec.commandLine().getOut();
        if (options.format() == OutputFormat.JSON) {
            out.println(
                    Json.write(datasets.stream().map(DatasetsCommand::toJson).toList()));
        } else if (datasets.isEmpty()) {
            out.println("No datasets yet in " + options.directory() + ". Import one: verbatim import FILE");
        } else {
            datasets.forEach(d -> out.println(toText(d)));
        }
        return 0;
    }

    private static Map<String, Object> toJson(Dataset dataset) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", dataset.name());
        json.put("kind", dataset.kind().wireName());
        json.put("rows", dataset.rows());
        json.put("columns", dataset.columns().size());
        json.put("layout", dataset.layout());
        json.put("source", dataset.source());
        json.put("imported_at", dataset.importedAt().toString());
        List<Map<String, Object>> questions = new ArrayList<>();
        for (Column column : dataset.columns()) {
            column.asQuestion().ifPresent(q -> questions.add(questionJson(column, q)));
        }
        json.put("questions", questions);
        return json;
    }

    private static Map<String, Object> questionJson(Column column, Question question) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", column.key());
        json.put("label", column.label());
        json.put("role", question.role().wireName());
        json.put("scale", question.scale().min() + "-" + question.scale().max());
        json.put("direction", question.direction().name().toLowerCase(java.util.Locale.ROOT));
        return json;
    }

    private static String toText(Dataset dataset) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(
                "%-32s %-8s %,10d rows  %3d columns  %s%n",
                dataset.name(),
                dataset.kind().wireName(),
                dataset.rows(),
                dataset.columns().size(),
                dataset.layout()));
        for (Column column : dataset.columns()) {
            column.asQuestion()
                    .ifPresent(q -> text.append(String.format(
                            "    %-6s %s %d-%d  %s%n",
                            q.role().wireName(),
                            column.key(),
                            q.scale().min(),
                            q.scale().max(),
                            column.label())));
        }
        return text.toString().stripTrailing();
    }
}
