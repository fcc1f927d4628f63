package dev.frontline.imports;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/** Describes changed fields as {@code name: old → new; …} for previews and audit details. */
final class Diff {

    private Diff() {
    }

    static void field(StringBuilder details, String name, Object stored, Object incoming) {
        if (!same(stored, incoming)) {
            if (!details.isEmpty()) {
                details.append("; ");
            }
            details.append(name).append(": ").append(show(stored)).append(" → ").append(show(incoming));
        }
    }

    static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof Object[] x && b instanceof Object[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    private static String show(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Object[] array) {
            return Arrays.toString(array);
        }
        return value.toString();
    }
}
