/** Datasets, their columns and the rating questions among them. */
package io.verbatim.domain.dataset;
