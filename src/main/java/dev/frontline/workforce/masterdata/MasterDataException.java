package dev.frontline.workforce.masterdata;

import java.time.LocalDate;
import java.util.Arrays;

import dev.frontline.shared.text.Phrase;

/**
 * A master-data change refused with a reason the planner can act on. The message is an i18n key with arguments, so
 * views and imports show it in their reader's language ({@link #phrase()}); {@link #getMessage()} is the English text
 * of the same bundle, for the command line and the logs.
 */
public class MasterDataException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public MasterDataException(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The refusal as a sentence of the bundles, its nested keys (e.g. the entity's name) phrases too. */
    public Phrase phrase() {
        return new Phrase(key, Arrays.stream(args)
                .map(a -> a instanceof MessageKey k ? Phrase.of(k.key())
                        : a instanceof Number || a instanceof LocalDate || a instanceof Phrase ? a : String.valueOf(a))
                .toList());
    }

    /** The English sentence: for the command line and the logs. */
    @Override
    public String getMessage() {
        return phrase().english();
    }
}
