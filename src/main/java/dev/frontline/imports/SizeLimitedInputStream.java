package dev.frontline.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and refuses the stream as soon as it passes the import size limit, whatever was announced. */
final class SizeLimitedInputStream extends FilterInputStream {

    private final ImportLimits limits;
    private long count;

    SizeLimitedInputStream(InputStream in, ImportLimits limits) {
        super(in);
        this.limits = limits;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) {
        count += n;
        if (count > limits.maxFileBytes()) {
            throw limits.tooLarge();
        }
    }
}
