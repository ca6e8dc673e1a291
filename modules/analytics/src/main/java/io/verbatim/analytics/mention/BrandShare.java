package io.verbatim.analytics.mention;

/**
 * One brand's share of voice in one group.
 *
 * @param brand the brand
 * @param mentions mentions naming the brand (with a number, for reach or engagement)
 * @param weight the brand's count, reach or engagement sum
 * @param share weight ÷ the group's total weight, as a percentage; NaN when the total is 0
 * @param ciLow lower end of the 95% interval, in percent
 * @param ciHigh upper end of the 95% interval, in percent
 */
public record BrandShare(String brand, long mentions, double weight, double share, double ciLow, double ciHigh) {}
