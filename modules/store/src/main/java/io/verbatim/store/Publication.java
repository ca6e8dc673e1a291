package io.verbatim.store;

import io.verbatim.domain.dataset.Column;
import io.verbatim.domain.dataset.Dataset;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The last, small transaction of an import: what makes its staged rows visible. A new dataset flips its own STAGING
 * row to READY; an appended wave moves its chunks into the dataset it extends ({@link WaveMerge}).
 */
@FunctionalInterface
interface Publication {

    /**
     * @param stagingId the staging dataset holding the import's rows
     * @param rows how many rows were staged
     * @param revised the importer's final columns, or null to keep the draft's
     * @return the visible dataset
     */
    Dataset publish(Connection connection, long stagingId, long rows, List<Column> revised) throws SQLException;
}
