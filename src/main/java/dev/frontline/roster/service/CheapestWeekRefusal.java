package dev.frontline.roster.service;

/** A cheapest-week request refused before anything is queued, naming the field to correct. */
public class CheapestWeekRefusal extends RuntimeException {

    private final String field;

    public CheapestWeekRefusal(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
