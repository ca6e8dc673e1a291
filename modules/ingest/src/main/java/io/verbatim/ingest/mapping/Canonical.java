package io.verbatim.ingest.mapping;

import io.verbatim.domain.dataset.ValueType;
import java.util.Objects;

/**
 * A canonical column of a dataset kind ({@code TicketField}, {@code MentionField}) as the mapping sees it: the key it is
 * stored under and the type its cells must have.
 *
 * @param key the column key, e.g. {@code created_at}
 * @param type the type every non-blank cell must have
 */
public record Canonical(String key, ValueType type) {

    public Canonical {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
    }
}
