package dev.frontline.roster.service;

/** A roster cannot be built or changed from what the database holds; the message says what to fix and where. */
public class RosterInputException extends RuntimeException {

    public RosterInputException(String message) {
        super(message);
    }
}
