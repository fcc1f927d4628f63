package dev.frontline.shared.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way Frontline writes CSV files: a {@link CSVPrinter} whose every cell (header included) passes through
 * {@link SpreadsheetSafe#cell}, so no export can carry a formula into a spreadsheet. Values are written with
 * {@code toString()}; null is an empty cell.
 */
public final class SafeCsvPrinter implements Closeable, Flushable {

    /** RFC 4180 quoting with '\n' line ends, the form Frontline's own exports use. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final CSVPrinter printer;

    public SafeCsvPrinter(Writer out) throws IOException {
        this(out, FORMAT);
    }

    /** A printer in {@code format}; a header set on the format is written guarded as well. */
    public SafeCsvPrinter(Writer out, CSVFormat format) throws IOException {
        String[] header = format.getHeader();
        this.printer = new CSVPrinter(out, format.builder().setHeader((String[]) null).get());
        if (header != null && !format.getSkipHeaderRecord()) {
            printRecord(Arrays.asList((Object[]) header));
        }
    }

    public void printRecord(Iterable<?> values) throws IOException {
        List<String> cells = new ArrayList<>();
        for (Object value : values) {
            cells.add(value == null ? null : SpreadsheetSafe.cell(value.toString()));
        }
        printer.printRecord(cells);
    }

    public void printRecord(Object... values) throws IOException {
        printRecord(Arrays.asList(values));
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
