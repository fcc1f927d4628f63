package dev.frontline.shared.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.frontline.shared.text.Phrase;

/**
 * Follows the CSV structure character by character (quotes, separators, line breaks) and stops the read as soon as a
 * cell grows longer than the limit, naming its line and column: the parser above it would otherwise collect a 10 MB
 * cell whole before anyone could refuse it. The separator is taken from the header line as {@link CsvReader} does
 * (';' when the header has semicolons and no comma); while the header is read, both count.
 */
final class CellLimitReader extends FilterReader {

    /** Below {@link CsvReader}'s look-ahead, which must hold the whole header line. */
    private static final int MAX_HEADER_CHARS = 60_000;

    private final int maxCell;
    private final StringBuilder headerText = new StringBuilder();
    private List<String> headerNames = List.of();
    private boolean inHeader = true;
    private char delimiter;
    private boolean quoted;
    private long line = 1;
    private int column;
    private int cellLength;
    private boolean started;

    CellLimitReader(Reader in, int maxCell) {
        super(in);
        this.maxCell = maxCell;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            inspect((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + Math.max(n, 0); i++) {
            inspect(buffer[i]);
        }
        return n;
    }

    private void inspect(char c) {
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                return;
            }
        }
        if (inHeader) {
            if (headerText.length() >= MAX_HEADER_CHARS) {
                throw new CsvInputException(1, "", Phrase.of("csv.error.header-too-long",
                        MAX_HEADER_CHARS));
            }
            headerText.append(c);
        }
        if (c == '"') {
            quoted = !quoted;
            grow();
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\n') {
                if (inHeader) {
                    endHeader();
                }
                line++;
            }
            column = 0;
            cellLength = 0;
        } else if (!quoted && (inHeader ? c == ',' || c == ';' : c == delimiter)) {
            column++;
            cellLength = 0;
        } else {
            if (c == '\n') {
                line++;
            }
            grow();
        }
    }

    private void grow() {
        if (++cellLength > maxCell) {
            String name = !inHeader && column < headerNames.size() ? headerNames.get(column) : "";
            throw new CsvInputException(line, name, Phrase.of("csv.error.cell-too-long",
                    maxCell));
        }
    }

    private void endHeader() {
        inHeader = false;
        String header = headerText.toString().strip();
        delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        List<String> names = new ArrayList<>();
        for (String name : header.split(String.valueOf(delimiter), -1)) {
            names.add(name.replace("\"", "").strip().toLowerCase(Locale.ROOT));
        }
        headerNames = names;
    }
}
