package io.verbatim.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.verbatim.analytics.weight.CellWeighting;
import io.verbatim.analytics.weight.Margin;
import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.port.DatasetRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a weighting targets file. Two shapes, both JSON:
 *
 * <ul>
 *   <li>rim targets, one object per variable: {@code {"Region": {"Москва": 0.4, "Казань": 0.6}, "Gender": {"F": 0.52,
 *       "M": 0.48}}};
 *   <li>cell targets, one entry per cell of the crossed variables: {@code {"cells": [{"Region": "Москва", "Gender":
 *       "F", "share": 0.2}, ...]}}.
 * </ul>
 *
 * Shares add up to 1 per variable (or 100 in percent); {@code "(blank)"} names the rows whose cell is empty.
 */
final class WeightTargetsFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private WeightTargetsFile() {}

    static List<Margin> read(Path file, DatasetRepository repository, Dataset dataset) {
        JsonNode root;
        try {
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UserInputException("cannot read the weighting targets " + file + ": "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new UserInputException(file + " must hold a JSON object of targets, e.g. {\"Region\": {\"Москва\":"
                    + " 0.4, \"Казань\": 0.6}}");
        }
        if (root.has("cells")) {
            return List.of(cells(file, root.get("cells"), repository, dataset));
        }
        List<Margin> margins = new ArrayList<>();
        for (var variable : root.properties()) {
            if (!variable.getValue().isObject()) {
                throw new UserInputException(
                        file + ": the targets of '" + variable.getKey() + "' must be an object of category: share");
            }
            Map<String, Double> shares = new LinkedHashMap<>();
            for (var category : variable.getValue().properties()) {
                shares.put(category.getKey(), share(file, category.getValue(), variable.getKey()));
            }
            margins.add(new Margin(variable.getKey(), cells(repository, dataset, variable.getKey()), shares));
        }
        return margins;
    }

    private static Margin cells(Path file, JsonNode cells, DatasetRepository repository, Dataset dataset) {
        if (!cells.isArray() || cells.isEmpty() || !cells.get(0).isObject()) {
            throw new UserInputException(
                    file + ": \"cells\" must be a list of {\"Variable\": \"value\", ...," + " \"share\": 0.2}");
        }
        List<String> variables = new ArrayList<>();
        cells.get(0).properties().forEach(p -> {
            if (!p.getKey().equals("share")) {
                variables.add(p.getKey());
            }
        });
        Map<List<String>, Double> targets = new LinkedHashMap<>();
        for (JsonNode cell : cells) {
            List<String> values = new ArrayList<>();
            for (String variable : variables) {
                JsonNode value = cell.get(variable);
                if (value == null) {
                    throw new UserInputException(file + ": a cell has no value for " + variable + " (" + cell + ")");
                }
                values.add(value.asText());
            }
            targets.put(values, share(file, cell.get("share"), String.join(" × ", values)));
        }
        List<String[]> columns = new ArrayList<>();
        for (String variable : variables) {
            columns.add(cells(repository, dataset, variable));
        }
        return CellWeighting.cells(variables, columns, targets);
    }

    private static double share(Path file, JsonNode value, String where) {
        if (value == null || !value.isNumber()) {
            throw new UserInputException(file + ": the share for " + where + " must be a number");
        }
        return value.asDouble();
    }

    private static String[] cells(DatasetRepository repository, Dataset dataset, String variable) {
        Column column = dataset.column(variable)
                .orElseThrow(() -> new UserInputException("the weighting targets name '" + variable + "', but dataset "
                        + dataset.name() + " has no such column"));
        return repository.readColumn(dataset, column);
    }
}
