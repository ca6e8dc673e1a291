package io.verbatim.analytics.mention;

import java.util.List;

/**
 * The volume series of one group: a cell for every period of the axis (zeros included) and the group's total.
 *
 * @param group {@code all} or a value of the breakdown column
 * @param cells one per period, in time order
 * @param total all dated mentions of the group
 */
public record VolumeSeries(String group, List<VolumeCell> cells, VolumeCell total) {

    public VolumeSeries {
        cells = List.copyOf(cells);
    }

    /** The mention counts, one per period, for a spike check or a chart. */
    public long[] counts() {
        return cells.stream().mapToLong(VolumeCell::mentions).toArray();
    }
}
