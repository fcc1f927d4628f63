package dev.frontline.workforce.masterdata;

import java.util.Arrays;

/**
 * A master-data change refused with a reason the planner can act on. The message is an i18n key with arguments, so
 * views show it translated and the REST API and logs still get a readable English fallback.
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
}
