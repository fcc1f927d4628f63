package dev.frontline.staffing.engine;

/**
 * Contacts offered in one interval with their average handle time; the offered load in Erlangs is
 * {@code contacts × ahtSeconds / periodSeconds}.
 */
public record IntervalWorkload(double contacts, double periodSeconds, double ahtSeconds) {

    public IntervalWorkload {
        InputCheck.nonNegative("contacts", contacts);
        InputCheck.positive("period (seconds)", periodSeconds);
        InputCheck.positive("AHT (seconds)", ahtSeconds);
    }

    /** Offered load in Erlangs (busy agents needed on average). */
    public double offeredLoad() {
        return contacts * ahtSeconds / periodSeconds;
    }

    public double arrivalRatePerSecond() {
        return contacts / periodSeconds;
    }
}
