package dev.frontline.workforce.masterdata;

import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import dev.frontline.shared.text.Messages;

/**
 * A master-data change refused with a reason the planner can act on. The message is an i18n key with arguments, so
 * views show it translated; {@link #getMessage()} is the English text of the same bundle, for the import, the REST
 * API, the command line and the logs.
 */
public class MasterDataException extends RuntimeException {

    private static final String BUNDLE = "vaadin-i18n.translations";

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

    @Override
    public String getMessage() {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
            Object[] english = Arrays.stream(args)
                    .map(a -> a instanceof MessageKey k && bundle.containsKey(k.key()) ? bundle.getString(k.key())
                            : a instanceof Number n ? n : String.valueOf(a))
                    .toArray();
            return Messages.formatPattern(bundle.getString(key), Locale.ENGLISH, english);
        } catch (MissingResourceException e) {
            return super.getMessage();
        }
    }
}
