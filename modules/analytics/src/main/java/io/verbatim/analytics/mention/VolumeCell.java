package io.verbatim.analytics.mention;

/**
 * Mentions of one group in one period (or in all periods, for a total).
 *
 * @param period the period label, or {@code total}
 * @param mentions mentions published in the period
 * @param reach their reach sum, or null when the dataset has no reach column
 * @param engagement their engagement sum, or null when the dataset has no engagement column
 */
public record VolumeCell(String period, long mentions, MeasureSum reach, MeasureSum engagement) {}
