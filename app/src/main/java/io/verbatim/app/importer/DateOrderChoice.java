package io.verbatim.app.importer;

import io.verbatim.ingest.preset.DateOrder;

/** How the mapping step reads slash dates such as {@code 05/03/2024}: as the data decides, or as the analyst says. */
public enum DateOrderChoice {
    /** The data decides (one day above 12 settles it, else month-first), as without a mapping. */
    AUTO(null),
    /** {@code 05/03/2024} is 5 March. */
    DAY_FIRST(DateOrder.DMY),
    /** {@code 05/03/2024} is May 3. */
    MONTH_FIRST(DateOrder.MDY);

    private final DateOrder order;

    DateOrderChoice(DateOrder order) {
        this.order = order;
    }

    /** The mapping's {@code date_order}, or null for {@link #AUTO}. */
    public DateOrder order() {
        return order;
    }

    public static DateOrderChoice of(DateOrder order) {
        if (order == null) {
            return AUTO;
        }
        return order == DateOrder.DMY ? DAY_FIRST : MONTH_FIRST;
    }
}
