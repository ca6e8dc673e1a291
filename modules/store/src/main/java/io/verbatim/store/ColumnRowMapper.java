package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.MetricRole;
import io.verbatim.domain.dataset.Question;
import io.verbatim.domain.dataset.Scale;
import io.verbatim.domain.dataset.ScaleDirection;
import io.verbatim.domain.dataset.ValueType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** Maps a {@code dataset_column} row (as selected by {@link ColumnDao}) and its scale labels to a {@link Column}. */
final class ColumnRowMapper {

    Column map(ResultSet row, Map<String, Integer> labels) throws SQLException {
        String role = row.getString("role");
        Question question = role == null
                ? null
                : new Question(
                        MetricRole.valueOf(role),
                        new Scale(row.getInt("scale_min"), row.getInt("scale_max"), labels),
                        ScaleDirection.valueOf(row.getString("direction")));
        return new Column(
                row.getInt("position"),
                row.getString("col_key"),
                row.getString("label"),
                ValueType.valueOf(row.getString("value_type")),
                question);
    }
}
