package io.verbatim.ingest;

import io.verbatim.domain.dataset.Dataset;

/**
 * The outcome of a complete import.
 *
 * @param dataset the new, visible dataset
 * @param rowsLoaded rows stored
 * @param rowsExcluded rows left out by the layout's default exclusions (preview, test, spam)
 */
public record ImportResult(Dataset dataset, long rowsLoaded, long rowsExcluded) {}
