package dev.frontline.imports;

/** A record the import creates or changes, for the preview: its line, natural key and what differs. */
public record ImportChange(long line, String key, Action action, String details) {

    public enum Action { NEW, CHANGED }
}
