package io.verbatim.ingest.preset;

/**
 * Which number comes first in a slash date such as {@code 05/03/2024}, when the analyst knows better than the data: a
 * file whose days never pass 12 cannot tell 5 March from May 3 by itself, and the importer would otherwise prefer the
 * US reading.
 */
public enum DateOrder {
    /** Day first: {@code 05/03/2024} is 5 March (Europe, Russia, most of the world). */
    DMY,
    /** Month first: {@code 05/03/2024} is May 3 (the US). */
    MDY
}
