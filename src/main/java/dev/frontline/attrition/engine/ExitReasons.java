package dev.frontline.attrition.engine;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Exits counted per quarter and reason (voluntary or not), the raw material of "why people leave, and when". */
public final class ExitReasons {

    public static final String NO_REASON = "(no reason given)";

    private ExitReasons() {
    }

    public record Count(String quarter, String reason, boolean voluntary, int exits) {
    }

    public static List<Count> byQuarter(List<Employment> employments, YearMonth first, YearMonth last) {
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        Map<String, Boolean> voluntary = new TreeMap<>();
        for (Employment e : employments) {
            if (e.exitDate() == null) {
                continue;
            }
            YearMonth month = YearMonth.from(e.exitDate());
            if (month.isBefore(first) || month.isAfter(last)) {
                continue;
            }
            String reason = e.exitReason() == null || e.exitReason().isBlank() ? NO_REASON : e.exitReason().strip();
            voluntary.putIfAbsent(reason, e.voluntary());
            counts.computeIfAbsent(quarter(month), q -> new TreeMap<>()).computeIfAbsent(reason, r -> new int[1])[0]++;
        }
        return counts.entrySet().stream()
                .flatMap(q -> q.getValue().entrySet().stream()
                        .map(r -> new Count(q.getKey(), r.getKey(), voluntary.get(r.getKey()), r.getValue()[0])))
                .sorted(Comparator.comparing(Count::quarter).thenComparing(Count::exits, Comparator.reverseOrder())
                        .thenComparing(Count::reason))
                .toList();
    }

    public static String quarter(YearMonth month) {
        return month.getYear() + " Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }
}
