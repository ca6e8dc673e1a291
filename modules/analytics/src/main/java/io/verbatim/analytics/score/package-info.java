/**
 * Survey scores (NPS, eNPS, CSAT, CES) with n, a 95% interval and a standard error per group, and significance tests
 * between groups. {@link io.verbatim.analytics.score.SurveyScorer} is the entry point; each variant's arithmetic is a
 * {@link io.verbatim.analytics.score.ScoreCalculator}. Definitions follow METRICS.md; interval and test choices are in
 * docs/decisions/0010-statistics.md.
 */
package io.verbatim.analytics.score;
