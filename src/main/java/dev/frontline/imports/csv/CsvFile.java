package dev.frontline.imports.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read row by row (never held whole). The header is checked first against the kind's required and optional
 * columns; with a wrong header no row is read, since every cell would be misread. A header separated by semicolons
 * means the European form: cells separated by ';' and decimal commas.
 */
public final class CsvFile {

    private CsvFile() {
    }

    /** The columns a kind of file has; {@code required} must all be present, {@code optional} may be. */
    public record Layout(List<String> required, List<String> optional) {

        public List<String> all() {
            List<String> all = new ArrayList<>(required);
            all.addAll(optional);
            return all;
        }
    }

    /**
     * Reads the header and hands every data row to {@code rows}; header problems go to {@code errors} (line 1) and
     * stop the read. Returns the number of data rows read.
     */
    public static long read(Reader source, Layout layout, ErrorList errors, Consumer<CsvRow> rows) {
        try (BufferedReader reader = new BufferedReader(source, 1 << 16)) {
            reader.mark(1 << 16);
            int first = reader.read();
            if (first != '\uFEFF' && first != -1) {
                reader.reset();
            }
            reader.mark(1 << 16);
            String headerLine = reader.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                errors.add(1, "", "the file is empty; the first line must be the header " + String.join(",", layout.required()));
                return 0;
            }
            reader.reset();
            boolean european = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0;
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(european ? ';' : ',')
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                if (!records.hasNext()) {
                    errors.add(1, "", "the file is empty");
                    return 0;
                }
                Map<String, Integer> columns = header(records.next(), layout, errors);
                if (columns == null) {
                    return 0;
                }
                long count = 0;
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    // the header is record 1, so a record's number is its line (quoted line breaks aside)
                    long line = record.getRecordNumber();
                    if (record.size() == 1 && record.get(0).isEmpty()) {
                        continue;
                    }
                    CsvRow row = new CsvRow(line, record, columns, errors, european);
                    if (record.size() != columns.size()) {
                        row.error("", "has " + record.size() + " cells but the header has " + columns.size());
                        continue;
                    }
                    count++;
                    rows.accept(row);
                }
                return count;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file", e);
        } catch (UncheckedIOException e) {
            // Commons CSV wraps malformed quoting in an UncheckedIOException: that is the file's fault, not ours
            errors.add(0, "", "the file is not valid CSV: " + e.getCause().getMessage());
            return 0;
        }
    }

    private static Map<String, Integer> header(CSVRecord header, Layout layout, ErrorList errors) {
        Map<String, Integer> columns = new HashMap<>();
        Set<String> allowed = new LinkedHashSet<>(layout.all());
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(name)) {
                errors.add(1, name, "unknown column; the columns are " + String.join(",", layout.all()));
                ok = false;
            } else if (columns.put(name, i) != null) {
                errors.add(1, name, "the column appears twice");
                ok = false;
            }
        }
        for (String required : layout.required()) {
            if (!columns.containsKey(required)) {
                errors.add(1, required, "missing column; the header must contain " + String.join(",", layout.required()));
                ok = false;
            }
        }
        return ok ? columns : null;
    }
}
