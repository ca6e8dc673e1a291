/**
 * The evidence behind a journey map: each bound stage's score (equal to {@code verbatim score} for the same filter),
 * representative verbatims and the emotion the score implies (ADR 0032).
 */
package io.verbatim.analytics.journey;
