package dev.frontline.workforce.masterdata;

/** An argument of a refusal that is itself to be translated (e.g. the entity's name). */
public record MessageKey(String key) {
    @Override
    public String toString() {
        return key;
    }
}
