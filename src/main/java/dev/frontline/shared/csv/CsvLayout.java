package dev.frontline.shared.csv;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.frontline.shared.text.Phrase;

/**
 * The columns a kind of file has: {@code required} must all be present, {@code optional} may be, and any other is
 * refused, since a misspelt optional column would otherwise be silently ignored.
 */
public record CsvLayout(List<String> required, List<String> optional) {

    public List<String> all() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    /** Every problem of the header, all on line 1; empty when the header fits the layout. */
    public List<CsvError> check(CsvHeader header) {
        List<CsvError> errors = new ArrayList<>();
        Set<String> allowed = Set.copyOf(all());
        Set<String> seen = new HashSet<>();
        for (String name : header.names()) {
            if (!allowed.contains(name)) {
                errors.add(new CsvError(1, name, Phrase.of("csv.error.unknown-column",
                        String.join(",", all()))));
            } else if (!seen.add(name)) {
                errors.add(new CsvError(1, name, Phrase.of("csv.error.column-twice")));
            }
        }
        for (String column : required) {
            if (!header.has(column)) {
                errors.add(new CsvError(1, column, Phrase.of("csv.error.missing-column",
                        String.join(",", required))));
            }
        }
        return errors;
    }
}
