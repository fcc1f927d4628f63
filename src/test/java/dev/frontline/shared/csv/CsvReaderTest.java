package dev.frontline.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one CSV reader: typed cells, the header, the European form and where every error is. */
class CsvReaderTest {

    private static final CsvLayout LAYOUT = new CsvLayout(List.of("day", "calls"), List.of("aht", "open"));

    private final List<CsvError> errors = new ArrayList<>();
    private final List<CsvLine> rows = new ArrayList<>();

    private long read(String text) {
        return CsvReader.read(new StringReader(text), LAYOUT, errors::add, rows::add);
    }

    private List<String> described() {
        return errors.stream().map(CsvError::describe).toList();
    }

    @Test
    void cellsAreReadAsTheirTypes() {
        assertThat(read("\uFEFFDay, Calls ,aht,open\n2025-03-03,12,180.5,yes\n\n2025-03-04,0,,no\n")).isEqualTo(2);
        assertThat(errors).isEmpty();
        CsvLine first = rows.get(0);
        assertThat(first.date("day", true)).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(first.integer("calls", true, 0, 100)).isEqualTo(12);
        assertThat(first.decimal("aht", false)).isEqualByComparingTo("180.5");
        assertThat(first.bool("open", true)).isTrue();
        assertThat(rows.get(1).decimal("aht", false)).isNull();
        assertThat(rows.get(1).line()).as("the blank line still counts").isEqualTo(4);
        assertThat(errors).isEmpty();
    }

    @Test
    void aHeaderWithSemicolonsMeansDecimalCommas() {
        read("day;calls;aht\n2025-03-03;12;180,5\n");
        assertThat(rows.get(0).decimal("aht", true)).isEqualByComparingTo(new BigDecimal("180.5"));
        assertThat(rows.get(0).number("aht", true)).isEqualTo(180.5);
        assertThat(errors).isEmpty();
    }

    @Test
    void aDecimalCommaInACommaFileIsRefusedNamingTheDecimalPoint() {
        read("day,calls,aht\n2025-03-03,12,\"180,5\"\n");
        assertThat(rows.get(0).decimal("aht", true)).isNull();
        assertThat(described()).containsExactly("line 2, column aht: '180,5' is not a number (use a decimal point)");
    }

    @Test
    void missingAndUnknownColumnsStopTheReadOnLineOne() {
        assertThat(read("day,colour\n2025-03-03,red\n")).isZero();
        assertThat(rows).isEmpty();
        assertThat(described()).containsExactly(
                "line 1, column colour: unknown column; the columns are day,calls,aht,open",
                "line 1, column calls: missing column; the header must contain day,calls");
        assertThat(new CsvLayout(List.of("a"), List.of()).check(CsvReader.open(new StringReader("a,a\n")).header()))
                .extracting(CsvError::describe).containsExactly("line 1, column a: the column appears twice");
    }

    @Test
    void anEmptyFileNamesTheHeaderItNeeds() {
        read("");
        assertThat(described()).containsExactly("line 1: the file is empty; the first line must be the header day,calls");
    }

    @Test
    void everyBadCellOfARowIsReportedWithLineAndColumn() {
        read("day,calls,aht\n2025-03-03,1,1\n2025-13-01,-4,x\n2025-03-05,1\n");
        CsvLine bad = rows.get(1);
        assertThat(bad.date("day", true)).isNull();
        assertThat(bad.integer("calls", true, 0, 100)).isNull();
        assertThat(bad.number("aht", true)).isNull();
        assertThat(bad.hasErrors()).isTrue();
        assertThat(bad.refused("calls")).isTrue();
        assertThat(rows.get(0).hasErrors()).isFalse();
        // the short row is refused while the file is read, the cells when the caller reads them
        assertThat(described()).containsExactly(
                "line 4: has 2 cells but the header has 3",
                "line 3, column day: '2025-13-01' is not an ISO date (yyyy-mm-dd)",
                "line 3, column calls: -4 is negative; must be at least 0",
                "line 3, column aht: 'x' is not a number");
    }

    @Test
    void readersWordTheFormatsTheyExpect() {
        read("day,calls,open\n03.03.2025,7:30,maybe\n");
        CsvLine row = rows.get(0);
        assertThat(row.date("day", true, "a date like 2024-12-24")).isNull();
        assertThat(row.time("calls", true)).as("an early hour may lack its zero").isEqualTo(LocalTime.of(7, 30));
        assertThat(row.enumValue("open", true, Thread.State.class, "a thread state")).isNull();
        assertThat(row.text("aht", true)).isNull();
        assertThat(described()).containsExactly("line 2, column day: '03.03.2025' is not a date like 2024-12-24",
                "line 2, column open: 'maybe' is not a thread state", "line 2, column aht: is empty; a value is required");
    }

    @Test
    void aThrowingHandlerStopsAtTheFirstError() {
        CsvErrorHandler stop = error -> {
            throw new IllegalArgumentException(error.describe());
        };
        try (CsvReader csv = CsvReader.open(new StringReader("day,calls\n2025-03-03,1\n2025-03-04,many\n"))) {
            assertThat(csv.header().names()).containsExactly("day", "calls");
            assertThat(csv.header().firstMissing(List.of("day", "calls", "aht"))).isEqualTo("aht");
            assertThatThrownBy(() -> csv.forEach(stop, row -> row.integer("calls", true)))
                    .hasMessage("line 3, column calls: 'many' is not a whole number");
        }
    }

    @Test
    void brokenQuotingIsAnErrorOfTheFile() {
        read("day,calls\n2025-03-03,\"12\n");
        assertThat(described()).singleElement().asString().startsWith("line 2: the file is not valid CSV");
    }
}
