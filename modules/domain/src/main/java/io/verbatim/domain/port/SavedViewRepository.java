package io.verbatim.domain.port;

import io.verbatim.domain.dashboard.SavedView;
import java.util.List;
import java.util.Optional;

/** The dashboard views saved in a workspace, per dataset and name (ADR 0033). */
public interface SavedViewRepository {

    /** The views of a dataset, sorted by name. */
    List<SavedView> views(String dataset);

    /** One view by name (ignoring surrounding spaces). */
    Optional<SavedView> view(String dataset, String name);

    /** Saves a view, replacing one of the same dataset and name. */
    void save(SavedView view);

    /** Deletes a view; true when there was one. */
    boolean delete(String dataset, String name);
}
