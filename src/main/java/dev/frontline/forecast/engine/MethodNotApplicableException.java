package dev.frontline.forecast.engine;

/** A method cannot be fitted on this history (too short, weekday never seen, singular design); selection skips it. */
public class MethodNotApplicableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MethodNotApplicableException(String message) {
        super(message);
    }
}
