package dev.frontline.forecast.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

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
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        Map<String, List<Observation>> out = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw new IllegalArgumentException(source + " is empty: expected a header with date, interval_start, calls");
            }
            String calls = header.containsKey("calls") ? "calls" : "offered";
            for (String required : List.of("date", "interval_start", calls)) {
                if (!header.containsKey(required)) {
                    throw new IllegalArgumentException(source + ": header lacks column '" + required + "' (found " + header.keySet() + ")");
                }
            }
            boolean hasQueue = header.containsKey("queue");
            boolean hasAht = header.containsKey("aht");
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (r.size() < header.size()) {
                    throw new IllegalArgumentException(source + " line " + line + ": " + r.size() + " fields, the header has " + header.size());
                }
                LocalDate date = parseDate(r.get("date"), source, line);
                LocalTime start = parseTime(r.get("interval_start"), source, line);
                double offered = parseCount(r.get(calls), calls, source, line);
                Double aht = null;
                if (hasAht && !r.get("aht").isEmpty()) {
                    aht = parseCount(r.get("aht"), "aht", source, line);
                }
                String queue = hasQueue && !r.get("queue").isEmpty() ? r.get("queue") : "default";
                out.computeIfAbsent(queue, q -> new ArrayList<>()).add(new Observation(date, start, offered, aht));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new IllegalArgumentException(source + ": malformed CSV (" + e.getMessage() + ")", e);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(source + " has a header but no data rows");
        }
        return out;
    }

    private static LocalDate parseDate(String v, String source, long line) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + " line " + line + ", column 'date': '" + v + "' is not a date like 2003-03-03");
        }
    }

    private static LocalTime parseTime(String v, String source, long line) {
        try {
            return LocalTime.parse(v.length() == 4 && v.charAt(1) == ':' ? "0" + v : v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + " line " + line + ", column 'interval_start': '" + v + "' is not a time like 07:30");
        }
    }

    private static double parseCount(String v, String column, String source, long line) {
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " line " + line + ", column '" + column + "': '" + v + "' is not a number");
        }
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(source + " line " + line + ", column '" + column + "': '" + v + "' is not a finite number");
        }
        if (d < 0) {
            throw new IllegalArgumentException(source + " line " + line + ", column '" + column + "': '" + v + "' is negative");
        }
        return d;
    }
}
