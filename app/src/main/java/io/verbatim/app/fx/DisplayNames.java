package io.verbatim.app.fx;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for choice controls that show values by name and never turn typed text back into a value. */
public final class DisplayNames {

    private DisplayNames() {}

    /** Shows each value as {@code names} says. */
    public static <T> StringConverter<T> of(Function<T, String> names) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return names.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
