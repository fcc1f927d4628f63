package dev.frontline.forecast.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads special days from CSV: {@code date}, {@code type} (closed, public_holiday, event), optional {@code kind}
 * and {@code uplift_percent}.
 */
public final class SpecialDaysCsv {

    private SpecialDaysCsv() {
    }

    public static List<SpecialDay> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("special-days file " + file + " does not exist or is not a file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read special-days file " + file, e);
        }
    }

    public static List<SpecialDay> read(Reader reader, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<SpecialDay> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (String required : List.of("date", "type")) {
                if (!parser.getHeaderMap().containsKey(required)) {
                    throw new IllegalArgumentException(source + ": header lacks column '" + required + "' (found " + parser.getHeaderMap().keySet() + ")");
                }
            }
            boolean hasKind = parser.getHeaderMap().containsKey("kind");
            boolean hasUplift = parser.getHeaderMap().containsKey("uplift_percent");
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (r.size() < parser.getHeaderMap().size()) {
                    throw new IllegalArgumentException(source + " line " + line + ": " + r.size() + " fields, the header has " + parser.getHeaderMap().size());
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(r.get("date"));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(source + " line " + line + ", column 'date': '" + r.get("date") + "' is not a date like 2024-12-24");
                }
                SpecialDayType type;
                try {
                    type = SpecialDayType.valueOf(r.get("type").toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + " line " + line + ", column 'type': '" + r.get("type") + "' is not closed, public_holiday or event");
                }
                Double uplift = null;
                if (hasUplift && !r.get("uplift_percent").isEmpty()) {
                    try {
                        uplift = Double.parseDouble(r.get("uplift_percent"));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(source + " line " + line + ", column 'uplift_percent': '" + r.get("uplift_percent") + "' is not a number");
                    }
                }
                try {
                    out.add(new SpecialDay(date, type, hasKind ? r.get("kind") : null, uplift));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + " line " + line + ": " + e.getMessage());
                }
            }
        }
        return out;
    }
}
