package dev.frontline.shared.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dev.frontline.shared.text.Phrase;

/**
 * A CSV file with a header, read row by row so a file of any size streams. A leading byte-order mark is skipped. A
 * header separated by semicolons (and holding no comma) means the European form: cells separated by ';' and numbers
 * with a decimal comma. Rows are numbered by their line in the file, so every error can name where to look. A cell
 * longer than the reader's limit stops the read at once (it is never collected whole); a cell holding a control
 * character (NUL, a tab, a line break inside quotes, ...) is refused naming its line and column; a cell that an export
 * guarded against spreadsheet formulas ({@link SpreadsheetSafe}) reads back as it was.
 */
public final class CsvReader implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    /** The longest cell a reader takes when its caller sets no limit of its own. */
    public static final int DEFAULT_MAX_CELL = 1 << 16;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final CsvHeader header;
    private final boolean decimalComma;
    /** The line of the last record read (the header's at first): a broken record starts after it. */
    private long lastLine;

    private CsvReader(CSVParser parser, Iterator<CSVRecord> records, CsvHeader header, boolean decimalComma) {
        this.parser = parser;
        this.records = records;
        this.header = header;
        this.decimalComma = decimalComma;
        this.lastLine = parser.getCurrentLineNumber();
    }

    /**
     * Opens {@code source} and reads its header; an empty file (or a blank first line) has an empty header. Quoting
     * so broken that not even the header can be read is a {@link CsvMalformedException}.
     */
    public static CsvReader open(Reader source) {
        return open(source, DEFAULT_MAX_CELL);
    }

    /** As {@link #open(Reader)}, refusing any cell longer than {@code maxCell} characters. */
    public static CsvReader open(Reader source, int maxCell) {
        BufferedReader reader = new BufferedReader(new CellLimitReader(source, maxCell), BUFFER);
        try {
            reader.mark(BUFFER);
            int first = reader.read();
            if (first != '\uFEFF' && first != -1) {
                reader.reset();
            }
            reader.mark(BUFFER);
            String headerLine = reader.readLine();
            reader.reset();
            boolean decimalComma = headerLine != null && headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0;
            CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(decimalComma ? ';' : ',')
                    .setIgnoreEmptyLines(true).setTrim(true).get();
            CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get();
            Iterator<CSVRecord> records = parser.iterator();
            CsvHeader header = CsvHeader.NONE;
            if (headerLine != null && !headerLine.isBlank() && records.hasNext()) {
                List<String> names = new ArrayList<>();
                records.next().forEach(name -> names.add(name.strip().toLowerCase(Locale.ROOT)));
                header = new CsvHeader(names);
            }
            return new CsvReader(parser, records, header, decimalComma);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file", e);
        } catch (UncheckedIOException e) {
            // Commons CSV wraps broken quoting in an UncheckedIOException: that is the file's fault, not ours
            throw new CsvMalformedException(e.getCause().getMessage(), e);
        }
    }

    /**
     * Reads a file whose header must fit {@code layout}: header problems go to {@code errors} and stop the read, since
     * every cell would be misread; otherwise every row of as many cells as the header is handed to {@code rows} and a
     * row of another width is refused. Returns the number of rows handed over.
     */
    public static long read(Reader source, CsvLayout layout, CsvErrorHandler errors, Consumer<CsvLine> rows) {
        return read(source, DEFAULT_MAX_CELL, layout, errors, rows);
    }

    /** As {@link #read(Reader, CsvLayout, CsvErrorHandler, Consumer)}, refusing any cell longer than {@code maxCell}. */
    public static long read(Reader source, int maxCell, CsvLayout layout, CsvErrorHandler errors,
                            Consumer<CsvLine> rows) {
        try (CsvReader reader = open(source, maxCell)) {
            if (reader.header().isEmpty()) {
                errors.report(new CsvError(1, "", Phrase.of("csv.error.empty-file",
                        String.join(",", layout.required()))));
                return 0;
            }
            List<CsvError> headerErrors = layout.check(reader.header());
            if (!headerErrors.isEmpty()) {
                headerErrors.forEach(errors::report);
                return 0;
            }
            long[] count = {0};
            reader.forEach(errors, row -> {
                if (row.width() != reader.header().size()) {
                    row.error("", Phrase.of("csv.error.width", row.width(), reader.header().size()));
                    return;
                }
                count[0]++;
                rows.accept(row);
            });
            return count[0];
        } catch (CsvMalformedException e) {
            errors.report(new CsvError(1, "", Phrase.of("csv.error.malformed",
                    Phrase.of(CsvError.AS_WRITTEN, String.valueOf(e.getMessage())))));
            return 0;
        } catch (CsvInputException e) {
            errors.report(e.error());
            return 0;
        }
    }

    /**
     * {@code source} with every cell held to {@code maxCell} characters, for a caller that takes a file in without
     * parsing it: a longer cell throws a {@link CsvInputException} naming its line and column.
     */
    public static Reader limitCells(Reader source, int maxCell) {
        return new CellLimitReader(source, maxCell);
    }

    /**
     * A reader of {@code bytes} in {@code charset} that refuses (with a {@link CsvInputException} naming the line)
     * the first byte sequence not valid in it, rather than replacing it silently.
     */
    public static Reader decode(InputStream bytes, Charset charset) {
        return new StrictDecodingReader(bytes, charset);
    }

    public CsvHeader header() {
        return header;
    }

    /** Whether numbers are read with a decimal comma (the header was separated by semicolons). */
    public boolean decimalComma() {
        return decimalComma;
    }

    /**
     * Hands every data row to {@code rows}, skipping blank lines; the typed cells of a row report their errors to
     * {@code errors}. Broken quoting half-way through the file is reported as an error of the file.
     */
    public void forEach(CsvErrorHandler errors, Consumer<CsvLine> rows) {
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                // the parser has just finished this record, so its current line is the record's (last) line
                lastLine = parser.getCurrentLineNumber();
                CsvLine line = new CsvLine(lastLine, record, header, errors, decimalComma);
                refuseControlCharacters(record, line);
                rows.accept(line);
            }
        } catch (UncheckedIOException e) {
            // the broken record begins on the line after the last good one (its quote may run to the end of the file)
            errors.report(new CsvError(lastLine + 1, "", Phrase.of("csv.error.malformed-from",
                    Phrase.of(CsvError.AS_WRITTEN, String.valueOf(e.getCause().getMessage())))));
        } catch (CsvInputException e) {
            errors.report(e.error());
        }
    }

    /** NUL and other control characters have no place in any cell, and PostgreSQL refuses NUL in text. */
    private void refuseControlCharacters(CSVRecord record, CsvLine line) {
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            for (int at = 0; at < value.length(); at++) {
                char c = value.charAt(at);
                if (Character.getType(c) == Character.CONTROL) {
                    String column = i < header.size() ? header.names().get(i) : "";
                    line.error(column, Phrase.of("csv.error.control",
                            HexFormat.of().withUpperCase().toHexDigits(c), at + 1));
                    break;
                }
            }
        }
    }

    /** Every data row at once, for the small files (scenarios, special days) that are used as a whole. */
    public List<CsvLine> lines(CsvErrorHandler errors) {
        List<CsvLine> lines = new ArrayList<>();
        forEach(errors, lines::add);
        return lines;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not close the file", e);
        }
    }
}
