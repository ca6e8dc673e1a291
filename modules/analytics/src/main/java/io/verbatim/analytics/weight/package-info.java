/**
 * Survey weighting: rim weighting by raking (iterative proportional fitting over several variables' margins), cell
 * weighting (one target per cell of crossed variables), weight trimming with re-raking, and Kish's effective sample
 * size. Weights are per row and feed the weighted calculators of {@code io.verbatim.analytics.score}. Choices and
 * formulas: docs/decisions/0026-comparisons-weighting-drivers.md.
 */
package io.verbatim.analytics.weight;
