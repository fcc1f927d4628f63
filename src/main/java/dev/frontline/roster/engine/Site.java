package dev.frontline.roster.engine;

/** An office with a number of seats that agents in the office share on a day. */
public record Site(String id, String name, int seats) {

    public Site {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("site id is blank");
        }
        if (seats < 0) {
            throw new IllegalArgumentException("site '" + id + "': seats " + seats + " is negative");
        }
    }
}
