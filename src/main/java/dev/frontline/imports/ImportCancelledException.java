package dev.frontline.imports;

/** The user stopped the import; its transaction is rolled back. */
public class ImportCancelledException extends RuntimeException {

    public ImportCancelledException() {
        super("The import was cancelled; nothing was saved.");
    }
}
