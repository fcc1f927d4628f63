package dev.frontline.security;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A user-administration request refused with a reason the admin can act on. The message is an i18n key with
 * arguments, so views show it translated; {@link #getMessage()} is the English text of the same bundle, for the REST
 * API, the command line and the logs. {@link #field()} names the input at fault, {@link #status()} the HTTP status.
 */
public class UserAdminException extends RuntimeException {

    /** What kind of refusal, as the REST API answers it. */
    public enum Status {
        INVALID(400), NOT_FOUND(404), CONFLICT(409);

        private final int http;

        Status(int http) {
            this.http = http;
        }

        public int http() {
            return http;
        }
    }

    private static final String BUNDLE = "vaadin-i18n.translations";

    private final Status status;
    private final String field;
    private final String key;
    private final transient Object[] args;

    public UserAdminException(Status status, String field, String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.status = status;
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    static UserAdminException invalid(String field, String key, Object... args) {
        return new UserAdminException(Status.INVALID, field, key, args);
    }

    public Status status() {
        return status;
    }

    /** The input at fault ("username", "password", "agentId"...), or null when it is the request as a whole. */
    public String field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The refusal in the language of {@code locale} (the reader's, for the REST answer). */
    public String reason(Locale locale) {
        return dev.frontline.shared.text.Messages.pattern(key, Locale.ENGLISH).isPresent()
                ? dev.frontline.shared.text.Messages.format(locale, key, args) : getMessage();
    }

    @Override
    public String getMessage() {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
            return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(args);
        } catch (MissingResourceException e) {
            return super.getMessage();
        }
    }
}
