package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import io.verbatim.domain.dataset.DatasetKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

/** Maps a {@code dataset} row (as selected by {@link DatasetDao}) and its columns to a {@link Dataset}. */
final class DatasetRowMapper {

    Dataset map(ResultSet row, List<Column> columns) throws SQLException {
        return new Dataset(
                row.getLong("id"),
                row.getString("name"),
                DatasetKind.valueOf(row.getString("kind")),
                row.getLong("row_count"),
                columns,
                row.getString("layout"),
                row.getString("source"),
                row.getObject("imported_at", OffsetDateTime.class).toInstant());
    }
}
