package io.verbatim.ingest.json.zendesk;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.ValueType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One stored column of a JSON export and how to read its cell from a record of type {@code S} (a ticket with its
 * metrics, a chat). The tickets and chats importers list their fields this way and share how the list becomes dataset
 * columns and rows.
 */
interface RecordField<S> {

    String key();

    String label();

    ValueType type();

    Function<S, String> value();

    /** The dataset columns, in list order, none a rating question. */
    static List<Column> columns(List<? extends RecordField<?>> fields) {
        List<Column> columns = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            RecordField<?> f = fields.get(i);
            columns.add(new Column(i, f.key(), f.label(), f.type(), null));
        }
        return columns;
    }

    /** One row: each field's cell read from {@code record}. */
    static <S> String[] row(List<? extends RecordField<S>> fields, S record) {
        String[] cells = new String[fields.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = fields.get(i).value().apply(record);
        }
        return cells;
    }
}
