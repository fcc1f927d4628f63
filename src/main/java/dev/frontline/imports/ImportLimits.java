package dev.frontline.imports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import dev.frontline.shared.text.Phrase;

/**
 * How much an import reads before it refuses the file: {@code frontline.imports.max-file-size} (default 40 MB, room for
 * a year of 15-minute history for a dozen queues — 420,480 rows of up to about 95 bytes) and
 * {@code frontline.imports.max-cell-length} (default 4,096 characters, far beyond any name, e-mail or skills list).
 * Both are enforced while the file streams: a body beyond the size is refused at its Content-Length or as soon as the
 * limit is passed, and a cell beyond the length stops the read at that cell.
 */
@Component
public class ImportLimits {

    public static final String MAX_FILE_SIZE = "frontline.imports.max-file-size";
    public static final String MAX_CELL_LENGTH = "frontline.imports.max-cell-length";

    private final DataSize maxFileSize;
    private final int maxCellLength;

    ImportLimits(@Value("${" + MAX_FILE_SIZE + ":40MB}") DataSize maxFileSize,
                 @Value("${" + MAX_CELL_LENGTH + ":4096}") int maxCellLength) {
        if (maxFileSize.toBytes() <= 0 || maxCellLength <= 0) {
            throw new IllegalArgumentException(MAX_FILE_SIZE + " and " + MAX_CELL_LENGTH + " must be positive");
        }
        this.maxFileSize = maxFileSize;
        this.maxCellLength = maxCellLength;
    }

    public long maxFileBytes() {
        return maxFileSize.toBytes();
    }

    /** The size as people read it: "40 MB", or the bytes when not a whole number of megabytes. */
    public String maxFileSizeText() {
        return maxFileSize().english();
    }

    /** The size as a reader's language writes it: "40 MB", or the bytes when not a whole number of megabytes. */
    public Phrase maxFileSize() {
        long bytes = maxFileSize.toBytes();
        return bytes % (1024 * 1024) == 0 ? Phrase.of("imports.size.megabytes", bytes / (1024 * 1024))
                : Phrase.of("imports.size.bytes", bytes);
    }

    public int maxCellLength() {
        return maxCellLength;
    }

    /** Refuses a file whose announced size is beyond the limit, before a byte of it is read. */
    public void checkAnnouncedSize(long bytes) {
        if (bytes > maxFileBytes()) {
            throw tooLarge();
        }
    }

    ImportTooLargeException tooLarge() {
        return new ImportTooLargeException(maxFileBytes(), Phrase.of("imports.error.too-large", maxFileSize(),
                MAX_FILE_SIZE));
    }
}
