package dev.frontline.capacity.engine.frontier;

/**
 * What the data say about one term of a lever model: the estimated change per unit (a week, an hour a week; for
 * {@link Term#NEW_HIRE} the gap on a hire's first day), its cluster-robust standard error, and whether the model uses
 * it. An effect the data cannot tell is reported with what was found and why it is not used; the model then assumes
 * no effect rather than invent one.
 *
 * @param cohorts        hire cohorts with the term known
 * @param distinctValues different values the term took (onboarding lengths)
 */
public record Effect(Term term, Status status, double estimate, double standardError, int cohorts, int distinctValues) {

    public enum Status {
        /** Significant at 95 %: used in predictions. */
        USED,
        /** Estimated, but its 95 % interval includes zero: no effect assumed. */
        NOT_SIGNIFICANT,
        /** Too few hire cohorts, or only one onboarding length among them: no effect assumed. */
        TOO_FEW_COHORTS,
        /** Too few agents with the term different from the others: no effect assumed. */
        TOO_LITTLE_VARIATION,
        /** Changed together with the classroom length in every cohort, so the data cannot tell the two apart. */
        CONFOUNDED
    }

    public boolean used() {
        return status == Status.USED;
    }

    /** Half-width of the 95 % interval. */
    public double margin95() {
        return 1.96 * standardError;
    }

    static Effect notFitted(Term term, Status status, int cohorts, int distinctValues) {
        return new Effect(term, status, Double.NaN, Double.NaN, cohorts, distinctValues);
    }
}
