package dev.frontline.selfservice.inbox;

/**
 * What became of one request of a (bulk) decision: {@code error} null when it was decided, else why it was not
 * (the request was decided meanwhile, a rule refuses it); the other requests of a bulk decision are unaffected.
 */
public record Outcome(String reference, Decision decision, String error) {

    public boolean done() {
        return error == null;
    }
}
