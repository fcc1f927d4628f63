package dev.frontline.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvExportTest {

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndEmptyFieldsStayEmpty() {
        String csv = CsvExport.toCsv(List.of("reason", "exits"), List.of(
                List.of("Shift pattern, family life", "3"),
                List.of("Said \"no\"", "1"),
                java.util.Arrays.asList("Two\nlines", null)));

        assertThat(csv).isEqualTo("reason,exits\r\n\"Shift pattern, family life\",3\r\n\"Said \"\"no\"\"\",1\r\n"
                + "\"Two\nlines\",\r\n");
    }

    @Test
    void aChartDownloadCannotCarryAFormulaIntoASpreadsheet() {
        String csv = CsvExport.toCsv(List.of("reason", "exits"), List.of(
                List.of("=HYPERLINK(\"http://evil\",\"click\")", "-3"),
                List.of("@SUM(A1)", "+SUM(1)")));

        assertThat(csv).isEqualTo("reason,exits\r\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",-3\r\n"
                + "'@SUM(A1),'+SUM(1)\r\n");
    }
}
