package io.verbatim.app.importer;

import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Fills a table of first rows with one column per header, each cell on one line. */
final class PreviewColumns {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private PreviewColumns() {}

    static void show(TableView<List<String>> table, List<String> headers, double width) {
        table.getColumns().clear();
        for (int i = 0; i < headers.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(headers.get(i));
            // One line a row: a multi-line answer would make one row fill the table.
            column.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                    index < c.getValue().size() ? oneLine(c.getValue().get(index)) : ""));
            column.setPrefWidth(width);
            table.getColumns().add(column);
        }
    }

    private static String oneLine(String cell) {
        return LINE_BREAK.matcher(cell).replaceAll(" ⏎ ");
    }
}
