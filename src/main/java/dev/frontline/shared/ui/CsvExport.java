package dev.frontline.shared.ui;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;

import dev.frontline.shared.csv.SpreadsheetSafe;

/**
 * A "download as CSV" link for the numbers behind a chart: the rows are produced when the user clicks, so the file
 * holds what the page shows at that moment. Values are written as given (dot decimals, ISO dates) so spreadsheets and
 * scripts read them alike; fields with commas, quotes or line breaks are quoted (RFC 4180), and a field that a
 * spreadsheet would run as a formula is guarded ({@link SpreadsheetSafe}), as in every export.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static Anchor link(String id, String text, String fileName, List<String> header,
            Supplier<List<List<String>>> rows) {
        DownloadHandler handler = event -> {
            event.setContentType("text/csv;charset=UTF-8");
            event.setFileName(fileName);
            try {
                Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
                out.write(toCsv(header, rows.get()));
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("Could not send " + fileName, e);
            }
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, text);
        anchor.setId(id);
        return anchor;
    }

    public static String toCsv(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String field = fields.get(i) == null ? "" : SpreadsheetSafe.cell(fields.get(i));
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                csv.append(field);
            }
        }
        csv.append("\r\n");
    }
}
