package dev.frontline.workforce.masterdata;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Audit details of a change, field by field ("officeSeats: 60 → 62"), read off the records' components. */
final class Changes {

    private Changes() {
    }

    /** Every component of a new record, for a CREATE event. */
    static String describe(Record created) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : created.getClass().getRecordComponents()) {
            Object value = value(component, created);
            if (value != null && !(value instanceof java.util.Collection<?> c && c.isEmpty())) {
                parts.add(component.getName() + ": " + value);
            }
        }
        return String.join("; ", parts);
    }

    /** The components that differ, old → new; empty when nothing changed. */
    static String diff(Record before, Record after) {
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(old, now)) {
                parts.add(component.getName() + ": " + show(old) + " → " + show(now));
            }
        }
        return String.join("; ", parts);
    }

    private static String show(Object value) {
        return value == null ? "–" : value.toString();
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record, e);
        }
    }
}
