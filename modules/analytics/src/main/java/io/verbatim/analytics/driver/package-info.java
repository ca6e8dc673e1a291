/**
 * Key-driver analysis: Johnson's (2000) relative weights, which split a regression's R² among correlated drivers, with
 * seeded bootstrap percentile intervals. Drivers are numeric columns ({@link io.verbatim.analytics.driver.Driver}), so
 * rating questions today and 0/1 text-topic indicators later go through the same code. Choices:
 * docs/decisions/0026-comparisons-weighting-drivers.md.
 */
package io.verbatim.analytics.driver;
