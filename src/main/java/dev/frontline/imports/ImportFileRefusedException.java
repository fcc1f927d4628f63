package dev.frontline.imports;

import java.util.List;

import dev.frontline.imports.csv.ImportError;

/**
 * A file refused while it was being taken in for a commit (it is not valid in its character set, or a cell is too
 * long), before any job ran: the result is what a preview of it would have said.
 */
public class ImportFileRefusedException extends RuntimeException {

    private final transient ImportResult result;

    ImportFileRefusedException(ImportKind kind, ImportError error) {
        super(error.describe());
        this.result = new ImportResult(kind, false, 0, 0, 0, 0, List.of(), List.of(error), 1);
    }

    public ImportResult result() {
        return result;
    }
}
