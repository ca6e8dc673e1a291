package io.verbatim.app.workspace;

import io.verbatim.domain.port.CorrectionRepository;
import io.verbatim.domain.port.DatasetRepository;
import io.verbatim.domain.port.JourneyRepository;
import io.verbatim.domain.port.PresetRepository;
import io.verbatim.domain.port.SavedViewRepository;
import java.nio.file.Path;

/**
 * An open workspace as the desktop sees it: where it is, its datasets, and how to release it.
 *
 * @param directory the workspace directory
 * @param datasets its datasets
 * @param presets its saved import presets, or null when it keeps none (test doubles over datasets only)
 * @param corrections its analysts' sentiment corrections, or null when it keeps none
 * @param savedViews its saved dashboard views, or null when it keeps none
 * @param journeys its journey maps, or null when it keeps none
 * @param closer releases the database file
 */
public record OpenedWorkspace(
        Path directory,
        DatasetRepository datasets,
        PresetRepository presets,
        CorrectionRepository corrections,
        SavedViewRepository savedViews,
        JourneyRepository journeys,
        AutoCloseable closer) {

    /** A workspace without saved presets. */
    public OpenedWorkspace(Path directory, DatasetRepository datasets, AutoCloseable closer) {
        this(directory, datasets, null, null, null, null, closer);
    }

    /** A workspace without saved dashboard views and journey maps. */
    public OpenedWorkspace(
            Path directory,
            DatasetRepository datasets,
            PresetRepository presets,
            CorrectionRepository corrections,
            AutoCloseable closer) {
        this(directory, datasets, presets, corrections, null, null, closer);
    }

    /** How a directory becomes an open workspace; the store in production, an in-memory double in tests. */
    @FunctionalInterface
    public interface Opener {
        OpenedWorkspace open(Path directory) throws Exception;
    }
}
