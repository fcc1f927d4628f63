package dev.frontline.forecast.engine;

import java.util.List;
import java.util.Locale;

import dev.frontline.shared.text.Phrase;

/**
 * Why the engine kept a simple baseline or took a richer candidate, as a code with arguments so the application can
 * render it in the planner's language; {@link #text()} is the English form for logs, the CLI and the saved text.
 *
 * @param kept          the candidate the forecast uses (a baseline, a richer method or {@code ensemble})
 * @param baseline      the simple baseline to beat
 * @param challenger    the best richer candidate (or ensemble) over the backtest ({@code null} when there is none)
 * @param pointsBetter  how many WAPE points the challenger beat the baseline by (negative: worse) on the validation
 *                      weeks, each scored with the pick made on the weeks before it; over the whole backtest for
 *                      {@link Code#BASELINE_BEST_IN_BACKTEST}
 * @param weeksBetter   validation weeks on which the challenger's WAPE was lower
 * @param weeks         validation weeks
 * @param pValue        one-sided Diebold–Mariano p-value of "the challenger is not better" (1 when not tested)
 */
public record SelectionDecision(Code code, String kept, String baseline, String challenger, double pointsBetter,
                                int weeksBetter, int weeks, double pValue) {

    /** Significance level of the Diebold–Mariano test a richer candidate must pass. */
    public static final double ALPHA = 0.05;

    public enum Code {
        /** The challenger beat the baseline significantly on the validation weeks. */
        RICHER_SIGNIFICANT,
        /** The challenger was better on the validation weeks, but not significantly. */
        BASELINE_KEPT_NOT_SIGNIFICANT,
        /** The baseline beat every richer candidate over the whole backtest. */
        BASELINE_BEST_IN_BACKTEST,
        /** The challenger won over the backtest, but picks made on earlier weeks were no better on the validation weeks. */
        RICHER_FAILED_VALIDATION,
        /** No richer method could be fitted, or too few validation days for a test. */
        BASELINE_KEPT_UNTESTED,
        /** No backtest was possible: the fallback method was used. */
        FALLBACK_NO_BACKTEST
    }

    /** The arguments of the message, in the order the bundle texts use them: kept, baseline, challenger, points, weeks better, weeks, p. */
    public List<String> arguments() {
        return List.of(kept, baseline == null ? "" : baseline, challenger == null ? "" : challenger,
                String.format(Locale.ROOT, "%.2f", Math.abs(pointsBetter)), Integer.toString(weeksBetter), Integer.toString(weeks),
                String.format(Locale.ROOT, "%.3f", pValue));
    }

    /** The decision as a sentence of the bundles ({@code forecast.decision.<code>} with {@link #arguments()}). */
    public Phrase phrase() {
        return new Phrase("forecast.decision." + code.name(), List.copyOf(arguments()));
    }

    public String text() {
        String points = String.format(Locale.ROOT, "%.2f", Math.abs(pointsBetter));
        String p = String.format(Locale.ROOT, "%.3f", pValue);
        return switch (code) {
            case RICHER_SIGNIFICANT -> "chose " + kept + " over " + baseline + ": " + points + " points better on " + weeksBetter
                    + " of " + weeks + " validation weeks, significant (Diebold-Mariano p = " + p + ")";
            case BASELINE_KEPT_NOT_SIGNIFICANT -> "kept " + kept + ": " + challenger + " was " + points + " points better on "
                    + weeksBetter + " of " + weeks + " validation weeks, not significant (Diebold-Mariano p = " + p + ")";
            case BASELINE_BEST_IN_BACKTEST -> "kept " + kept + ": it beat every richer candidate in the backtest (the best, "
                    + challenger + ", was " + points + " points worse)";
            case RICHER_FAILED_VALIDATION -> "kept " + kept + ": " + challenger + " won the backtest, but picked from earlier"
                    + " weeks it was " + points + " points worse on the validation weeks (better on " + weeksBetter + " of " + weeks + ")";
            case BASELINE_KEPT_UNTESTED -> "kept " + kept + ": " + (challenger == null ? "no richer method could be fitted"
                    : "too few validation days to test " + challenger + " against it");
            case FALLBACK_NO_BACKTEST -> "used " + kept + ": too little history for a backtest";
        };
    }

    /** Rebuilds a decision from its stored code and {@link #arguments()}. */
    public static SelectionDecision of(String code, List<String> args) {
        Code c = Code.valueOf(code);
        double points = Double.parseDouble(args.get(3));
        return new SelectionDecision(c, args.get(0), args.get(1).isEmpty() ? null : args.get(1),
                args.get(2).isEmpty() ? null : args.get(2), c == Code.BASELINE_BEST_IN_BACKTEST || c == Code.RICHER_FAILED_VALIDATION ? -points : points,
                Integer.parseInt(args.get(4)),
                Integer.parseInt(args.get(5)), Double.parseDouble(args.get(6)));
    }
}
