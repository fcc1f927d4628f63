package dev.frontline.staffing.cli;

import java.io.Reader;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.frontline.shared.csv.CsvErrorHandler;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.csv.CsvMalformedException;
import dev.frontline.shared.csv.CsvReader;

/**
 * Reads a staffing vector CSV for {@code simulate}. Columns (header row required, any order):
 * <ul>
 *   <li>{@code interval_start}: interval start time of day, HH:mm;</li>
 *   <li>{@code queue} (optional): queue name, default "queue"; agents of a row are dedicated to its queue;</li>
 *   <li>{@code calls}: expected contacts in the interval, ≥ 0;</li>
 *   <li>{@code aht_s}: average handle time in seconds, &gt; 0;</li>
 *   <li>{@code agents}: agents working the interval, a whole number ≥ 0.</li>
 * </ul>
 * Interval starts must lie on the grid of the interval length from the earliest start; missing (queue, interval)
 * cells mean no calls and no agents.
 */
final class StaffingVectorCsv {

    static final List<String> REQUIRED = List.of("interval_start", "calls", "aht_s", "agents");

    /** Per queue: calls, AHT and agents per interval, plus the first start and the number of intervals. */
    record Vector(LocalTime firstStart, int intervals, Map<String, double[]> calls, Map<String, double[]> aht,
                  Map<String, int[]> agents) {
    }

    private record Row(long line, LocalTime start, String queue, double calls, double aht, int agents) {
    }

    private StaffingVectorCsv() {
    }

    static Vector read(Reader reader, int intervalMinutes) {
        CsvErrorHandler stop = error -> {
            throw new IllegalArgumentException(error.column().isEmpty() ? "line " + error.line() + ": " + error.message()
                    : "line " + error.line() + ", column '" + error.column() + "': " + error.message());
        };
        List<Row> rows = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(reader)) {
            List<String> header = csv.header().names();
            String missing = csv.header().firstMissing(REQUIRED);
            if (missing != null) {
                throw new IllegalArgumentException("line 1: missing column '" + missing + "' (found " + header
                        + "; expected interval_start, [queue,] calls, aht_s, agents)");
            }
            boolean hasQueue = csv.header().has("queue");
            csv.forEach(stop, row -> {
                if (row.width() != header.size()) {
                    row.error("", row.width() + " fields, expected " + header.size() + " as in the header");
                }
                String queue = hasQueue ? row.raw("queue") : "queue";
                if (queue.isEmpty()) {
                    row.error("queue", "empty");
                }
                rows.add(new Row(row.line(), row.time("interval_start", true, "a time HH:mm"), queue,
                        number(row, "calls", true), number(row, "aht_s", false), wholeNumber(row, "agents")));
            });
        } catch (CsvMalformedException e) {
            throw new IllegalArgumentException("staffing CSV: " + e.getMessage(), e);
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("staffing CSV: no data rows");
        }
        LocalTime first = rows.stream().map(Row::start).min(LocalTime::compareTo).orElseThrow();
        int intervals = 0;
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            int minutes = (row.start().toSecondOfDay() - first.toSecondOfDay()) / 60;
            if (minutes % intervalMinutes != 0 || row.start().getSecond() != 0) {
                throw new IllegalArgumentException("line " + row.line() + ", column 'interval_start': '" + row.start()
                        + "' is not on the " + intervalMinutes + "-minute grid starting " + first);
            }
            if (!seen.add(row.queue() + "@" + row.start())) {
                throw new IllegalArgumentException("line " + row.line() + ": queue '" + row.queue() + "' at " + row.start()
                        + " appears twice");
            }
            intervals = Math.max(intervals, minutes / intervalMinutes + 1);
        }
        Map<String, double[]> calls = new LinkedHashMap<>();
        Map<String, double[]> aht = new LinkedHashMap<>();
        Map<String, int[]> agents = new LinkedHashMap<>();
        for (Row row : rows) {
            int i = (row.start().toSecondOfDay() - first.toSecondOfDay()) / 60 / intervalMinutes;
            int n = intervals;
            calls.computeIfAbsent(row.queue(), k -> new double[n])[i] = row.calls();
            agents.computeIfAbsent(row.queue(), k -> new int[n])[i] = row.agents();
            aht.computeIfAbsent(row.queue(), k -> new double[n])[i] = row.aht();
        }
        // A missing cell has no calls; give it the queue's first AHT so every interval has a valid handle time.
        for (Map.Entry<String, double[]> e : aht.entrySet()) {
            double fallback = rows.stream().filter(r -> r.queue().equals(e.getKey())).findFirst().orElseThrow().aht();
            double[] values = e.getValue();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == 0) {
                    values[i] = fallback;
                }
            }
        }
        return new Vector(first, intervals, calls, aht, agents);
    }

    private static double number(CsvLine row, String column, boolean zeroAllowed) {
        double value = row.number(column, true);
        if (value < 0) {
            row.error(column, "'" + row.raw(column) + "' is negative");
        }
        if (!zeroAllowed && value == 0) {
            row.error(column, "'" + row.raw(column) + "' must be greater than zero");
        }
        return value;
    }

    private static int wholeNumber(CsvLine row, String column) {
        int value = row.integer(column, true);
        if (value < 0) {
            row.error(column, "'" + row.raw(column) + "' is negative");
        }
        return value;
    }
}
