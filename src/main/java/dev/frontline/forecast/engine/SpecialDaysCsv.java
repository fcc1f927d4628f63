package dev.frontline.forecast.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.frontline.shared.csv.CsvErrorHandler;
import dev.frontline.shared.csv.CsvReader;

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
        CsvErrorHandler stop = error -> {
            throw new IllegalArgumentException(error.column().isEmpty()
                    ? source + " line " + error.line() + ": " + error.message()
                    : source + " line " + error.line() + ", column '" + error.column() + "': " + error.message());
        };
        List<SpecialDay> out = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(reader)) {
            String missing = csv.header().firstMissing(List.of("date", "type"));
            if (missing != null) {
                throw new IllegalArgumentException(source + ": header lacks column '" + missing + "' (found "
                        + csv.header().names() + ")");
            }
            boolean hasKind = csv.header().has("kind");
            csv.forEach(stop, row -> {
                if (row.width() < csv.header().size()) {
                    row.error("", row.width() + " fields, the header has " + csv.header().size());
                }
                LocalDate date = row.date("date", true, "a date like 2024-12-24");
                SpecialDayType type = row.enumValue("type", true, SpecialDayType.class, "closed, public_holiday or event");
                Double uplift = row.number("uplift_percent", false);
                try {
                    out.add(new SpecialDay(date, type, hasKind ? row.raw("kind") : null, uplift));
                } catch (IllegalArgumentException e) {
                    row.error("", e.getMessage());
                }
            });
        }
        return out;
    }
}
