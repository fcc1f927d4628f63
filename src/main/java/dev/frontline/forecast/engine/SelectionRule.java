package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

import dev.frontline.shared.text.Phrase;

/**
 * Chooses between a simple baseline and the richer candidates so that the choice does not lose to the baseline by
 * luck: a nested rolling origin. The backtest's scored days are grouped by calendar week before the forecast start.
 * The challenger is the best richer candidate (or the ensemble, which always contains the baseline) by WAPE. To know
 * whether picking it that way can be trusted, the same rule is replayed: each <i>validation week</i> is scored with
 * the challenger the rule picks on the older weeks only, so no week judges a pick it helped make. The challenger is
 * taken only when it beats the baseline over all weeks, the replayed picks beat it on the validation weeks, and a
 * one-sided Diebold–Mariano test on their daily loss differentials is significant at {@link SelectionDecision#ALPHA}.
 */
final class SelectionRule {

    /** The simple baselines a planner could compute in a spreadsheet; everything else must earn its place. */
    static final Set<String> BASELINES = Set.of(ForecastMethods.SEASONAL_NAIVE, ForecastMethods.WEEKDAY_MEAN_4,
            ForecastMethods.WEEKDAY_MEAN_8);
    /** The usual planner's spreadsheet forecast: the mean of the last four same weekdays. */
    static final String DEFAULT_BASELINE = ForecastMethods.WEEKDAY_MEAN_4;
    /** Fewer validation days than this leave the test without power; the baseline is kept then. */
    static final int MIN_VALIDATION_DAYS = 5;

    /** The outcome: the chosen candidate, its members (one unless an ensemble), its backtest predictions and why. */
    record Choice(String method, List<String> members, List<double[]> predictions, SelectionDecision decision,
                  MethodScore ensembleScore) {
    }

    private final Backtest backtest;
    private final LocalDate start;
    private final boolean daily;
    private final int maxLead;
    private final int ensembleSize;

    SelectionRule(Backtest backtest, LocalDate start, boolean daily, int maxLead, int ensembleSize) {
        this.backtest = backtest;
        this.start = start;
        this.daily = daily;
        this.maxLead = maxLead;
        this.ensembleSize = ensembleSize;
    }

    /** Calendar week before the start a case belongs to: 0 is the last week before the start. */
    private int weekBefore(Backtest.Case c) {
        return (int) ((ChronoUnit.DAYS.between(c.day(), start) - 1) / 7);
    }

    /** A challenger picked on some weeks: its name, its members and its backtest predictions. */
    private record Pick(String name, List<String> members, List<double[]> predictions) {
    }

    Choice choose() {
        Map<String, List<double[]>> preds = backtest.predictions();
        int weeks = backtest.cases().stream().filter(c -> c.leadWeek() <= maxLead).mapToInt(this::weekBefore).max().orElse(-1) + 1;
        String baseline = baseline(preds);
        if (baseline == null) {
            // Only richer methods were given (the settings chose the candidates): the best of them on all weeks.
            String only = best(preds, name -> true, w -> true);
            return new Choice(only, List.of(only), preds.get(only), new SelectionDecision(
                    SelectionDecision.Code.BASELINE_KEPT_UNTESTED, only, null, null, 0, 0, 0, 1), null);
        }
        List<double[]> base = preds.get(baseline);
        Pick challenger = pick(preds, baseline, w -> true);
        MethodScore ensembleScore = null;
        if (ensembleSize >= 2 && preds.keySet().stream().anyMatch(name -> !BASELINES.contains(name))) {
            List<String> members = ensembleMembers(preds, baseline, w -> true);
            ensembleScore = backtest.score(ForecastEngine.ENSEMBLE, Backtest.average(members.stream().map(preds::get).toList()),
                    Phrase.of("forecast.score.ensemble", List.copyOf(members)), maxLead);
        }
        if (challenger == null) {
            return keep(baseline, new SelectionDecision(SelectionDecision.Code.BASELINE_KEPT_UNTESTED, baseline, baseline,
                    null, 0, 0, 0, 1), ensembleScore);
        }
        double overall = wape(base, w -> true) - wape(challenger.predictions(), w -> true);
        // Nested rolling origin: week v is scored with the challenger the same rule picks on the weeks before v only.
        int minSelection = weeks >= 4 ? 2 : 1;
        List<Double> differentials = new ArrayList<>();
        double baseLoss = 0;
        double challengerLoss = 0;
        double actual = 0;
        int validated = 0;
        int weeksBetter = 0;
        for (int v = weeks - 1 - minSelection; v >= 0; v--) {
            int week = v;
            Pick earlier = pick(preds, baseline, w -> w > week);
            if (earlier == null) {
                continue;
            }
            IntPredicate thisWeek = w -> w == week;
            double[] weekLoss = lossAndActual(base, thisWeek);
            double[] pickLoss = lossAndActual(earlier.predictions(), thisWeek);
            if (weekLoss[1] <= 0) {
                continue;
            }
            validated++;
            baseLoss += weekLoss[0];
            challengerLoss += pickLoss[0];
            actual += weekLoss[1];
            if (pickLoss[0] < weekLoss[0]) {
                weeksBetter++;
            }
            for (double d : dailyDifferentials(base, earlier.predictions(), thisWeek)) {
                differentials.add(d);
            }
        }
        double points = actual <= 0 ? 0 : 100 * (baseLoss - challengerLoss) / actual;
        if (overall <= 0) {
            return keep(baseline, new SelectionDecision(SelectionDecision.Code.BASELINE_BEST_IN_BACKTEST, baseline, baseline,
                    challenger.name(), overall, weeksBetter, validated, 1), ensembleScore);
        }
        if (differentials.size() < MIN_VALIDATION_DAYS) {
            return keep(baseline, new SelectionDecision(SelectionDecision.Code.BASELINE_KEPT_UNTESTED, baseline, baseline,
                    challenger.name(), points, weeksBetter, validated, 1), ensembleScore);
        }
        if (points <= 0) {
            return keep(baseline, new SelectionDecision(SelectionDecision.Code.RICHER_FAILED_VALIDATION, baseline, baseline,
                    challenger.name(), points, weeksBetter, validated, 1), ensembleScore);
        }
        DieboldMariano.Result dm = DieboldMariano.test(differentials.stream().mapToDouble(Double::doubleValue).toArray());
        if (dm.pValue() < SelectionDecision.ALPHA) {
            return new Choice(challenger.name(), challenger.members(), challenger.predictions(), new SelectionDecision(
                    SelectionDecision.Code.RICHER_SIGNIFICANT, challenger.name(), baseline, challenger.name(), points,
                    weeksBetter, validated, dm.pValue()), ensembleScore);
        }
        return keep(baseline, new SelectionDecision(SelectionDecision.Code.BASELINE_KEPT_NOT_SIGNIFICANT, baseline, baseline,
                challenger.name(), points, weeksBetter, validated, dm.pValue()), ensembleScore);
    }

    private Choice keep(String baseline, SelectionDecision decision, MethodScore ensembleScore) {
        return new Choice(baseline, List.of(baseline), backtest.predictions().get(baseline), decision, ensembleScore);
    }

    /**
     * The rule that picks the challenger from the weeks it may see: the best richer method or the ensemble (the
     * baseline plus the best {@code ensembleSize − 1} richer methods), whichever has the lower WAPE there.
     */
    private Pick pick(Map<String, List<double[]>> preds, String baseline, IntPredicate weeks) {
        List<String> richer = ranked(preds, name -> !BASELINES.contains(name), weeks);
        if (richer.isEmpty() || !hasActuals(weeks)) {
            return null;
        }
        Pick best = new Pick(richer.get(0), List.of(richer.get(0)), preds.get(richer.get(0)));
        if (ensembleSize < 2) {
            return best;
        }
        List<String> members = ensembleMembers(preds, baseline, weeks);
        List<double[]> avg = Backtest.average(members.stream().map(preds::get).toList());
        return wape(avg, weeks) < wape(best.predictions(), weeks) ? new Pick(ForecastEngine.ENSEMBLE, members, avg) : best;
    }

    /** The ensemble is shrunk toward the baseline: the baseline and the best richer methods on the given weeks. */
    private List<String> ensembleMembers(Map<String, List<double[]>> preds, String baseline, IntPredicate weeks) {
        List<String> richer = ranked(preds, name -> !BASELINES.contains(name), weeks);
        List<String> members = new ArrayList<>();
        members.add(baseline);
        members.addAll(richer.subList(0, Math.min(ensembleSize - 1, richer.size())));
        return members;
    }

    private boolean hasActuals(IntPredicate weeks) {
        return backtest.cases().stream().anyMatch(c -> c.leadWeek() <= maxLead && weeks.test(weekBefore(c)));
    }

    private double[] lossAndActual(List<double[]> predicted, IntPredicate weeks) {
        double abs = 0;
        double actual = 0;
        List<Backtest.Case> cases = backtest.cases();
        for (int i = 0; i < cases.size(); i++) {
            Backtest.Case c = cases.get(i);
            if (c.leadWeek() <= maxLead && weeks.test(weekBefore(c))) {
                abs += loss(c.actual(), predicted.get(i));
                for (double y : c.actual()) {
                    actual += y;
                }
            }
        }
        return new double[] {abs, actual};
    }

    /**
     * The baseline to beat: {@link #DEFAULT_BASELINE} unless another baseline beats it significantly over all scored
     * weeks. Near-identical averages otherwise swap from one origin to the next on noise, and a forecast that follows
     * those swaps does worse than either. Using the validation weeks here can only favour the baseline in the test.
     */
    private String baseline(Map<String, List<double[]>> preds) {
        String best = best(preds, BASELINES::contains, w -> true);
        if (best == null || !preds.containsKey(DEFAULT_BASELINE) || best.equals(DEFAULT_BASELINE)) {
            return best;
        }
        double[] d = dailyDifferentials(preds.get(DEFAULT_BASELINE), preds.get(best), w -> true);
        return d.length >= MIN_VALIDATION_DAYS && DieboldMariano.test(d).pValue() < SelectionDecision.ALPHA ? best : DEFAULT_BASELINE;
    }

    private String best(Map<String, List<double[]>> preds, Predicate<String> which,
                        IntPredicate weeks) {
        List<String> r = ranked(preds, which, weeks);
        return r.isEmpty() ? null : r.get(0);
    }

    /** Candidates by WAPE on the given weeks; ties keep the registry order, so the simpler method wins a tie. */
    private List<String> ranked(Map<String, List<double[]>> preds, Predicate<String> which,
                                IntPredicate weeks) {
        List<String> names = new ArrayList<>(preds.keySet().stream().filter(which).toList());
        names.sort(Comparator.comparingDouble(name -> wape(preds.get(name), weeks)));
        return names;
    }

    /** WAPE in % on the cases up to the lead time whose calendar week passes the filter (interval or daily totals). */
    double wape(List<double[]> predicted, IntPredicate weeks) {
        double[] la = lossAndActual(predicted, weeks);
        return la[1] <= 0 ? (la[0] > 0 ? Double.MAX_VALUE : 0) : 100 * la[0] / la[1];
    }

    private double loss(double[] y, double[] f) {
        if (daily) {
            double dy = 0;
            double df = 0;
            for (int s = 0; s < y.length; s++) {
                dy += y[s];
                df += f[s];
            }
            return Math.abs(dy - df);
        }
        double abs = 0;
        for (int s = 0; s < y.length; s++) {
            abs += Math.abs(y[s] - f[s]);
        }
        return abs;
    }

    /**
     * Per scored day of the validation weeks, in date order: baseline loss minus challenger loss (a day forecast from
     * several origins contributes the mean over them), the series the Diebold–Mariano test runs on.
     */
    private double[] dailyDifferentials(List<double[]> base, List<double[]> challenger, IntPredicate weeks) {
        TreeMap<LocalDate, double[]> byDay = new TreeMap<>();
        List<Backtest.Case> cases = backtest.cases();
        for (int i = 0; i < cases.size(); i++) {
            Backtest.Case c = cases.get(i);
            if (c.leadWeek() > maxLead || !weeks.test(weekBefore(c))) {
                continue;
            }
            double[] acc = byDay.computeIfAbsent(c.day(), d -> new double[2]);
            acc[0] += loss(c.actual(), base.get(i)) - loss(c.actual(), challenger.get(i));
            acc[1]++;
        }
        return byDay.values().stream().mapToDouble(a -> a[0] / a[1]).toArray();
    }
}
