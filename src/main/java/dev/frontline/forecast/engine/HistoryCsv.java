package dev.frontline.forecast.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.csv.CsvErrorHandler;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.csv.CsvMalformedException;
import dev.frontline.shared.csv.CsvReader;

/**
 * Reads contact history from CSV with a header: {@code date} (ISO), {@code interval_start} (HH:MM), {@code calls}
 * (or {@code offered}), optional {@code queue} and {@code aht} (seconds). Other columns are ignored. Any bad line
 * is rejected with its line number, column and value; nothing is half-read.
 */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    /** Observations per queue, queues in order of first appearance ("default" when there is no queue column). */
    public static Map<String, List<Observation>> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("history file " + file + " does not exist or is not a file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read history file " + file, e);
        }
    }

    public static Map<String, List<Observation>> read(Reader reader, String source) throws IOException {
        // the first bad cell ends the read: a forecast from half a file would look plausible and be wrong
        CsvErrorHandler stop = error -> {
            throw new IllegalArgumentException(error.column().isEmpty()
                    ? source + " line " + error.line() + ": " + error.message()
                    : source + " line " + error.line() + ", column '" + error.column() + "': " + error.message());
        };
        Map<String, List<Observation>> out = new LinkedHashMap<>();
        try (CsvReader csv = CsvReader.open(reader)) {
            if (csv.header().isEmpty()) {
                throw new IllegalArgumentException(source + " is empty: expected a header with date, interval_start, calls");
            }
            String calls = csv.header().has("calls") ? "calls" : "offered";
            String missing = csv.header().firstMissing(List.of("date", "interval_start", calls));
            if (missing != null) {
                throw new IllegalArgumentException(source + ": header lacks column '" + missing + "' (found "
                        + csv.header().names() + ")");
            }
            csv.forEach(stop, row -> {
                if (row.width() < csv.header().size()) {
                    row.error("", row.width() + " fields, the header has " + csv.header().size());
                }
                LocalDate date = row.date("date", true, "a date like 2003-03-03");
                LocalTime start = row.time("interval_start", true, "a time like 07:30");
                double offered = count(row, calls);
                Double aht = row.raw("aht").isEmpty() ? null : count(row, "aht");
                String queue = row.raw("queue").isEmpty() ? "default" : row.raw("queue");
                out.computeIfAbsent(queue, q -> new ArrayList<>()).add(new Observation(date, start, offered, aht));
            });
        } catch (CsvMalformedException e) {
            throw new IllegalArgumentException(source + ": malformed CSV (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + " has a header but no data rows");
        }
        return out;
    }

    private static double count(CsvLine row, String column) {
        double value = row.number(column, true);
        if (value < 0) {
            row.error(column, "'" + row.raw(column) + "' is negative");
        }
        return value;
    }
}
