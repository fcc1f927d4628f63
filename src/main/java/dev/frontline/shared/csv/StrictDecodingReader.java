package dev.frontline.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import dev.frontline.shared.text.Phrase;

/**
 * Decodes bytes in one character set and refuses the first byte sequence that is not valid in it, naming its line,
 * instead of replacing it with U+FFFD as {@link java.io.InputStreamReader} does: a Windows-1254 file read as UTF-8
 * would otherwise turn "Çağrı" into "�a�r�" without a word.
 */
final class StrictDecodingReader extends Reader {

    private static final int BUFFER = 1 << 14;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private long newlines;
    private boolean eof;
    private boolean finished;

    StrictDecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (finished) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    private void fill() throws IOException {
        chars.clear();
        while (chars.position() == 0 && !finished) {
            if (!eof) {
                bytes.compact();
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
            }
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (result.isError()) {
                throw refused();
            }
            if (eof && result.isUnderflow()) {
                if (decoder.flush(chars).isError()) {
                    throw refused();
                }
                finished = true;
            }
        }
        chars.flip();
        for (int i = 0; i < chars.limit(); i++) {
            if (chars.get(i) == '\n') {
                newlines++;
            }
        }
    }

    /** The bad bytes lie after every newline decoded so far, including those of the chunk not yet handed out. */
    private CsvInputException refused() {
        long line = newlines + 1;
        for (int i = 0; i < chars.position(); i++) {
            if (chars.get(i) == '\n') {
                line++;
            }
        }
        String name = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
        return new CsvInputException(line, "", bytes.hasRemaining()
                ? Phrase.of("csv.error.charset.byte", name,
                        HexFormat.of().withUpperCase().toHexDigits(bytes.get(bytes.position())))
                : Phrase.of("csv.error.charset", name));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
