package dev.frontline.staffing.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    throw new IllegalArgumentException("line 1: missing column '" + column + "' (found " + header
                            + "; expected interval_start, [queue,] calls, aht_s, agents)");
                }
            }
            boolean hasQueue = header.contains("queue");
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    throw new IllegalArgumentException("line " + line + ": " + record.size() + " fields, expected "
                            + header.size() + " as in the header");
                }
                String queue = hasQueue ? record.get("queue") : "queue";
                if (queue.isEmpty()) {
                    throw new IllegalArgumentException("line " + line + ", column 'queue': empty");
                }
                rows.add(new Row(line, time(record, line), queue, number(record, line, "calls", true),
                        number(record, line, "aht_s", false), wholeNumber(record, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
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

    private static LocalTime time(CSVRecord record, long line) {
        String text = record.get("interval_start");
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ", column 'interval_start': '" + text + "' is not a time HH:mm");
        }
    }

    private static double number(CSVRecord record, long line, String column, boolean zeroAllowed) {
        String text = record.get(column);
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ", column '" + column + "': '" + text + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("line " + line + ", column '" + column + "': '" + text + "' is not a finite number");
        }
        if (value < 0) {
            throw new IllegalArgumentException("line " + line + ", column '" + column + "': '" + text + "' is negative");
        }
        if (!zeroAllowed && value == 0) {
            throw new IllegalArgumentException("line " + line + ", column '" + column + "': '" + text + "' must be greater than zero");
        }
        return value;
    }

    private static int wholeNumber(CSVRecord record, long line) {
        String text = record.get("agents");
        try {
            int value = Integer.parseInt(text);
            if (value < 0) {
                throw new IllegalArgumentException("line " + line + ", column 'agents': '" + text + "' is negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ", column 'agents': '" + text + "' is not a whole number");
        }
    }
}
