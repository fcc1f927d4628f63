package dev.frontline.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a careless or hostile file cannot do to the reader: exhaust memory with an exponent or a huge cell, pass
 * mis-decoded text or control characters on, or hide where it is broken.
 */
class CsvHardeningTest {

    private static final CsvLayout LAYOUT = new CsvLayout(List.of("name", "aht"), List.of());

    private final List<CsvError> errors = new ArrayList<>();
    private final List<CsvLine> rows = new ArrayList<>();

    private List<String> described() {
        return errors.stream().map(CsvError::describe).toList();
    }

    @Test
    void aHugeExponentIsRefusedShortlyNamingLineAndColumn() {
        CsvReader.read(new StringReader("name,aht\nA,1e999999999\nB,1e100000000\nC,-1e-999999999\nD,12.5\n"), LAYOUT,
                errors::add, rows::add);
        List<Object> values = new ArrayList<>();
        rows.forEach(row -> values.add(row.decimal("aht", true, java.math.BigDecimal.ZERO,
                new java.math.BigDecimal("999999.99"))));
        assertThat(values).containsExactly(null, null, null, new java.math.BigDecimal("12.5"));
        assertThat(described()).containsExactly(
                "line 2, column aht: '1e999999999' is out of range; allowed 0 to 999999.99",
                "line 3, column aht: '1e100000000' is out of range; allowed 0 to 999999.99",
                "line 4, column aht: '-1e-999999999' is out of range; allowed 0 to 999999.99");
    }

    @Test
    void numbersAreBoundedBeforeTheyAreBuilt() {
        assertThat(CsvNumbers.decimal("-12.75")).isEqualByComparingTo("-12.75");
        assertThat(CsvNumbers.decimal("1.5E3")).isEqualByComparingTo("1500");
        for (String bad : new String[] {"1e999999999", "1e99999999999999999999", "1" + "0".repeat(40), "0." + "0".repeat(40) + "1"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvNumbers.decimal(bad))
                    .isInstanceOf(CsvNumbers.OutOfBoundsException.class);
        }
        for (String bad : new String[] {"NaN", "Infinity", "0x10", "1,5", "--1", ""}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvNumbers.decimal(bad))
                    .isInstanceOf(NumberFormatException.class);
        }
    }

    @Test
    void aDoubleCellWithAHugeExponentIsOutOfRangeNotInfinite() {
        CsvReader.read(new StringReader("name,aht\nA,1e999999999\n"), LAYOUT, errors::add, row -> row.number("aht", true));
        assertThat(described()).singleElement().asString()
                .startsWith("line 2, column aht: '1e999999999' is out of range; a number has at most 30 digits");
    }

    @Test
    void aLongCellIsQuotedShortInItsError() {
        String huge = "x".repeat(3000);
        CsvReader.read(new StringReader("name,aht\nA," + huge + "\n"), LAYOUT, errors::add, row -> row.decimal("aht", true));
        assertThat(described()).singleElement().asString()
                .isEqualTo("line 2, column aht: '" + "x".repeat(40) + "… (3000 characters)' is not a number (use a decimal point)");
    }

    /** 10 MB of one cell, produced as it is read, counting what the reader took. */
    private static final class EndlessCell extends Reader {
        private final String head = "name,aht\nA,\"";
        private long served;
        private final long size = 10L * 1024 * 1024;

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            for (int i = 0; i < n; i++) {
                long at = served + i;
                buffer[offset + i] = at < head.length() ? head.charAt((int) at) : 'x';
            }
            served += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aTenMegabyteCellStopsTheReadAtTheLimitNamingLineAndColumn() {
        EndlessCell source = new EndlessCell();
        long count = CsvReader.read(source, 4096, LAYOUT, errors::add, rows::add);
        assertThat(count).isZero();
        assertThat(described()).containsExactly("line 2, column aht: the cell is longer than 4096 characters, the most "
                + "a cell may hold; the file was not read further");
        assertThat(source.served).as("characters read of 10 MB").isLessThan(256 * 1024);
    }

    @Test
    void aByteThatIsNotUtf8IsRefusedNamingItsLine() {
        byte[] latin5 = "name,aht\nAyşe,10\nÇağrı,20\n".getBytes(Charset.forName("windows-1254"));
        CsvReader.read(CsvReader.decode(new ByteArrayInputStream(latin5), StandardCharsets.UTF_8), LAYOUT,
                errors::add, rows::add);
        assertThat(described()).singleElement().asString().startsWith("line 2: the file is not valid UTF-8 (byte 0xFE)");

        errors.clear();
        rows.clear();
        CsvReader.read(CsvReader.decode(new ByteArrayInputStream(latin5), Charset.forName("windows-1254")), LAYOUT,
                errors::add, rows::add);
        assertThat(errors).isEmpty();
        assertThat(rows).extracting(row -> row.raw("name")).containsExactly("Ayşe", "Çağrı");
    }

    @Test
    void aUtf8FileWithAByteOrderMarkIsFine() {
        byte[] utf8 = "\uFEFFname,aht\nÇağrı,20\n".getBytes(StandardCharsets.UTF_8);
        CsvReader.read(CsvReader.decode(new ByteArrayInputStream(utf8), StandardCharsets.UTF_8), LAYOUT, errors::add,
                rows::add);
        assertThat(errors).isEmpty();
        assertThat(rows).extracting(row -> row.raw("name")).containsExactly("Çağrı");
    }

    @Test
    void controlCharactersAreRefusedByLineAndColumn() {
        CsvReader.read(new StringReader("name,aht\nA\u0000li,10\nB,1\u00072\n\"Two\nlines\",3\n"), LAYOUT, errors::add,
                rows::add);
        assertThat(described()).containsExactly(
                "line 2, column name: contains the control character U+0000 at character 2; remove it",
                "line 3, column aht: contains the control character U+0007 at character 2; remove it",
                "line 5, column name: contains the control character U+000A at character 4; remove it");
        assertThat(rows).allMatch(CsvLine::hasErrors);
    }

    @Test
    void brokenQuotingNamesTheLineWhereTheParserStopped() {
        CsvReader.read(new StringReader("name,aht\nA,1\nB,\"2\"x\nC,3\n"), LAYOUT, errors::add, rows::add);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).startsWith("the file is not valid CSV");
        });
    }

    @Test
    void aGuardedCellReadsBackAsExported() {
        CsvReader.read(new StringReader("name,aht\n'=cmd|' /C calc'!A0,-5\n'@SUM(A1),'+1\n"), LAYOUT, errors::add,
                rows::add);
        assertThat(rows).extracting(row -> row.raw("name")).containsExactly("=cmd|' /C calc'!A0", "@SUM(A1)");
        assertThat(rows.get(0).decimal("aht", true)).isEqualByComparingTo("-5");
        assertThat(rows.get(1).raw("aht")).isEqualTo("+1");
    }
}
