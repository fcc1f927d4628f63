package dev.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** A body of unknown length is refused as soon as it passes the size limit, not after it has been read whole. */
class ImportLimitsTest {

    private final ImportLimits limits = new ImportLimits(DataSize.ofKilobytes(64), 4096);

    @Test
    void theDefaultsHoldAYearOfQuarterHoursForADozenQueues() {
        ImportLimits defaults = new ImportLimits(DataSize.parse("40MB"), 4096);
        long rows = 365L * 96 * 12;
        String row = "2025-03-03T09:15+03:00,BILLING_TR_VOICE,42,40,2,245.5,18.2,81.5\n";
        assertThat(rows * row.length()).isLessThan(defaults.maxFileBytes());
        assertThat(defaults.maxFileSizeText()).isEqualTo("40 MB");
    }

    @Test
    void aStreamIsStoppedRightAfterTheLimitNamingIt() throws IOException {
        long[] served = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served[0]++;
                return 'x';
            }
        };
        InputStream limited = new SizeLimitedInputStream(endless, limits);
        byte[] buffer = new byte[8192];
        assertThatThrownBy(() -> {
            while (limited.read(buffer) >= 0) {
                // keep reading, as a parser would
            }
        }).isInstanceOf(ImportTooLargeException.class)
                .hasMessage("The file is larger than 65536 bytes, the most an import reads "
                        + "(frontline.imports.max-file-size); nothing was imported.");
        assertThat(served[0]).isLessThanOrEqualTo(64 * 1024 + buffer.length);
    }

    @Test
    void aFileWithinTheLimitReadsWhole() throws IOException {
        byte[] file = new byte[64 * 1024];
        assertThat(new SizeLimitedInputStream(new ByteArrayInputStream(file), limits).readAllBytes()).hasSize(file.length);
        assertThatThrownBy(() -> limits.checkAnnouncedSize(64 * 1024 + 1)).isInstanceOf(ImportTooLargeException.class);
    }
}
