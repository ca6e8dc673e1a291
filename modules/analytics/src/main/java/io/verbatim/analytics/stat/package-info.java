/**
 * Statistics primitives over summary numbers: 95% intervals (Wald, Wilson, Student t) and two-sample tests (Wald z,
 * pooled two-proportion z, Welch t). Distributions come from Apache Commons Statistics; nothing here knows about
 * surveys.
 */
package io.verbatim.analytics.stat;
