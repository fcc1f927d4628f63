package dev.frontline.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** OWASP CSV injection: formula triggers are neutralised on the way out and restored on the way in. */
class SpreadsheetSafeTest {

    private static final List<String> CELLS = List.of("=cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil\",\"x\")",
            "@SUM(1+1)*cmd|' /C calc'!A0", "+SUM(1+1)", "-2+3+cmd|' /C calc'!A0", "\tTab", "\rReturn", "'=already",
            "''twice", "'plain", "'", "-5", "-12.75", "+48", "-1.5E-4", "-", "Ayşe", "", "2025-01-01", "O'Brien");

    @Test
    void formulaTriggersGetAnApostropheAndNumbersStayNumbers() {
        assertThat(SpreadsheetSafe.cell("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafe.cell("=HYPERLINK(\"http://evil\",\"x\")")).startsWith("'=");
        assertThat(SpreadsheetSafe.cell("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
        assertThat(SpreadsheetSafe.cell("+SUM(1+1)")).isEqualTo("'+SUM(1+1)");
        assertThat(SpreadsheetSafe.cell("-2+3+cmd|' /C calc'!A0")).startsWith("'-");
        assertThat(SpreadsheetSafe.cell("\tTab")).isEqualTo("'\tTab");
        assertThat(SpreadsheetSafe.cell("\rReturn")).isEqualTo("'\rReturn");
        assertThat(SpreadsheetSafe.cell("-5")).isEqualTo("-5");
        assertThat(SpreadsheetSafe.cell("-12.75")).isEqualTo("-12.75");
        assertThat(SpreadsheetSafe.cell("-1.5E-4")).isEqualTo("-1.5E-4");
        assertThat(SpreadsheetSafe.cell("-")).isEqualTo("-");
        assertThat(SpreadsheetSafe.cell("'=already")).isEqualTo("''=already");
        assertThat(SpreadsheetSafe.cell("O'Brien")).isEqualTo("O'Brien");
    }

    @Test
    void everyCellSurvivesTheRoundTripThroughAFile() throws Exception {
        StringWriter out = new StringWriter();
        try (SafeCsvPrinter printer = new SafeCsvPrinter(out)) {
            printer.printRecord("value");
            for (String cell : CELLS) {
                printer.printRecord(cell);
            }
        }
        assertThat(out.toString()).doesNotContain("\n=").doesNotContain("\n@").doesNotContain("\n+S")
                .doesNotContain("\"=");
        List<String> back = new ArrayList<>();
        try (CsvReader reader = CsvReader.open(new StringReader(out.toString()))) {
            // read as the importers do (which refuse the tab and carriage return later, as control characters)
            reader.forEach(error -> { }, line -> back.add(line.raw("value")));
        }
        // a row of one empty cell is a blank line, which readers skip
        List<String> expected = CELLS.stream().filter(cell -> !cell.isEmpty()).toList();
        assertThat(back).containsExactlyElementsOf(expected);
    }
}
