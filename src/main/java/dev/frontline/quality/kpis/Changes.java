package dev.frontline.quality.kpis;

import java.math.BigDecimal;
import java.util.List;

/** What a replaced row changes, as the import preview lists it: {@code qa_score: 80 → 85; csat: (empty) → 4.2}. */
final class Changes {

    private Changes() {
    }

    static String describe(List<String> columns, List<String> stored, List<String> incoming) {
        StringBuilder details = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (!details.isEmpty()) {
                details.append("; ");
            }
            details.append(columns.get(i)).append(": ").append(show(stored.get(i))).append(" → ")
                    .append(show(incoming.get(i)));
        }
        return details.toString();
    }

    private static String show(String value) {
        if (value == null) {
            return "(empty)";
        }
        try {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return value;
        }
    }
}
