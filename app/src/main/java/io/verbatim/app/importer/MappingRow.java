package io.verbatim.app.importer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One column of the file in the mapping step: its header, a few cells, the type the importer found and what the
 * analyst decided: the canonical field it holds ({@link #NO_FIELD} for none) and whether it is left out.
 */
public final class MappingRow {

    /** The field value of a column kept under its own name. */
    public static final String NO_FIELD = "";

    private final String header;
    private final String sample;
    private final String type;
    private final ObjectProperty<String> field;
    private final BooleanProperty skip;

    /**
     * @param type the detected type as shown ("date", "rating"…), already translated
     * @param field the canonical field key the importer maps it to, or {@link #NO_FIELD}
     */
    public MappingRow(String header, String sample, String type, String field, boolean skip) {
        this.header = header;
        this.sample = sample;
        this.type = type;
        this.field = new SimpleObjectProperty<>(field);
        this.skip = new SimpleBooleanProperty(skip);
    }

    public String header() {
        return header;
    }

    public String sample() {
        return sample;
    }

    public String type() {
        return type;
    }

    /** The canonical field key (tickets and mentions), or {@link #NO_FIELD}. */
    public ObjectProperty<String> fieldProperty() {
        return field;
    }

    public BooleanProperty skipProperty() {
        return skip;
    }

    boolean mapped() {
        return field.get() != null && !field.get().equals(NO_FIELD) && !skip.get();
    }
}
