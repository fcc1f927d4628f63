package dev.frontline.shared.database;

/** The database could not be reached, started or created; the message says what was tried and how to fix it. */
public class DatabaseStartupException extends RuntimeException {

    private final String action;

    public DatabaseStartupException(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
