package dev.frontline.imports;

/** Progress (0–1) to report and a cancel request to honour while a long import runs. */
public interface ImportMonitor {

    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public void progress(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void progress(double fraction);

    boolean cancelled();

    /** Throws when the user asked to stop, so the transaction rolls back and nothing is left behind. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new ImportCancelledException();
        }
    }
}
