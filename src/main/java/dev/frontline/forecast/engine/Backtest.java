package dev.frontline.forecast.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Rolling-origin evaluation (FPP §5.10, time series cross-validation): at each of the N weekly origins before the
 * forecast start, every method is fitted on the days before the origin and forecasts every day from the origin up to
 * the start, so the cases carry lead times of 1 to N weeks; only days with actuals are scored. Nothing on or after
 * the forecast start is touched.
 */
final class Backtest {

    /** A scored day: its actual volume per slot and its lead time in weeks from the origin (1 = first week). */
    record Case(LocalDate day, double[] actual, int leadWeek) {
    }

    private final List<Case> cases = new ArrayList<>();
    private final Map<String, List<double[]>> predictions = new LinkedHashMap<>();
    private final Map<String, Phrase> failures = new LinkedHashMap<>();
    private final List<LocalDate> origins = new ArrayList<>();
    private final List<Phrase> notes = new ArrayList<>();

    /** Scores predictions made elsewhere (a known-answer test of the selection rule, for one). */
    Backtest(List<Case> cases, Map<String, List<double[]>> predictions) {
        this.cases.addAll(cases);
        this.predictions.putAll(predictions);
    }

    Backtest(PreparedHistory history, LocalDate start, int weeks, List<ForecastMethod> methods, Progress progress,
             Cancellation cancel, double progressFrom, double progressTo) {
        List<LocalDate> tried = new ArrayList<>();
        List<List<Case>> casesByOrigin = new ArrayList<>();
        // method -> per tried origin: predictions, or null where the method could not be fitted
        Map<String, List<List<double[]>>> byOrigin = new LinkedHashMap<>();
        Map<String, Phrase> lastFailure = new LinkedHashMap<>();
        for (ForecastMethod m : methods) {
            byOrigin.put(m.name(), new ArrayList<>());
        }
        int step = 0;
        int steps = weeks * methods.size();
        for (int k = weeks; k >= 1; k--) {
            LocalDate origin = start.minusWeeks(k);
            List<LocalDate> targets = new ArrayList<>();
            for (LocalDate d : history.volume().subMap(origin, true, start, false).keySet()) {
                if (!history.isClosed(d)) {
                    targets.add(d);
                }
            }
            TrainingHistory training = TrainingHistory.ordinaryDays(history, origin);
            if (targets.isEmpty() || training.size() < 7) {
                step += methods.size();
                continue;
            }
            tried.add(origin);
            SpecialDayEffects effects = new SpecialDayEffects(history, training);
            List<Case> originCases = new ArrayList<>();
            for (LocalDate d : targets) {
                originCases.add(new Case(d, history.volume().get(d), (int) (ChronoUnit.DAYS.between(origin, d) / 7) + 1));
            }
            casesByOrigin.add(originCases);
            for (ForecastMethod m : methods) {
                ForecastCancelledException.throwIf(cancel, "during the backtest");
                List<double[]> out = null;
                try {
                    MethodFit fit = m.fit(training, targets);
                    out = new ArrayList<>();
                    for (int i = 0; i < targets.size(); i++) {
                        out.add(applyEffect(fit.volume()[i], effects.effect(targets.get(i))));
                    }
                } catch (MethodNotApplicableException e) {
                    lastFailure.put(m.name(), Phrase.of("forecast.score.not-applicable-at", origin, e.reason()));
                }
                byOrigin.get(m.name()).add(out);
                step++;
                progress.report(progressFrom + (progressTo - progressFrom) * ((double) step / steps),
                        Phrase.of("jobs.progress.backtest", ForecastMethods.words(m.name()), origin));
            }
        }
        if (tried.isEmpty()) {
            return;
        }
        // Candidates must fit at the latest origin; all are then scored on the origins where every candidate fitted,
        // so a method that needs a longer history only removes early origins instead of dropping out.
        int latest = tried.size() - 1;
        List<String> candidates = new ArrayList<>();
        byOrigin.forEach((name, preds) -> {
            if (preds.get(latest) != null) {
                candidates.add(name);
            } else {
                failures.put(name, lastFailure.get(name));
            }
        });
        for (String name : candidates) {
            predictions.put(name, new ArrayList<>());
        }
        for (int o = 0; o < tried.size(); o++) {
            int index = o;
            if (candidates.stream().anyMatch(name -> byOrigin.get(name).get(index) == null)) {
                notes.add(Phrase.of("forecast.note.origin-left-out", tried.get(o)));
                continue;
            }
            origins.add(tried.get(o));
            cases.addAll(casesByOrigin.get(o));
            for (String name : candidates) {
                predictions.get(name).addAll(byOrigin.get(name).get(o));
            }
        }
    }

    static double[] applyEffect(double[] volume, DayEffect effect) {
        if (effect == null || effect.factor() == 1) {
            return volume.clone();
        }
        double[] out = new double[volume.length];
        for (int s = 0; s < out.length; s++) {
            out[s] = volume[s] * effect.factor();
        }
        return out;
    }

    boolean isEmpty() {
        return cases.isEmpty();
    }

    List<Case> cases() {
        return cases;
    }

    List<LocalDate> origins() {
        return origins;
    }

    List<Phrase> notes() {
        return notes;
    }

    /** Predictions aligned with {@link #cases()} for the candidates (methods that fitted at the latest origin). */
    Map<String, List<double[]>> predictions() {
        return predictions;
    }

    Map<String, Phrase> failures() {
        return failures;
    }

    static List<double[]> average(List<List<double[]>> members) {
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < members.get(0).size(); i++) {
            double[] avg = new double[members.get(0).get(i).length];
            for (List<double[]> m : members) {
                for (int s = 0; s < avg.length; s++) {
                    avg[s] += m.get(i)[s] / members.size();
                }
            }
            out.add(avg);
        }
        return out;
    }

    /** Scores the cases up to a lead time, so candidates are compared on the lead times the request asks for. */
    MethodScore score(String name, List<double[]> predicted, Phrase note, int maxLeadWeek) {
        double absError = 0;
        double signed = 0;
        double actualSum = 0;
        double dailyAbs = 0;
        int intervals = 0;
        int days = 0;
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).leadWeek() > maxLeadWeek) {
                continue;
            }
            days++;
            double[] y = cases.get(i).actual();
            double[] f = predicted.get(i);
            double dy = 0;
            double df = 0;
            for (int s = 0; s < y.length; s++) {
                if (y[s] > 0 || f[s] > 0) {
                    intervals++;
                }
                absError += Math.abs(y[s] - f[s]);
                signed += f[s] - y[s];
                actualSum += y[s];
                dy += y[s];
                df += f[s];
            }
            dailyAbs += Math.abs(dy - df);
        }
        double denom = Math.max(actualSum, 1e-9);
        return new MethodScore(name, 100 * absError / denom, 100 * dailyAbs / denom, 100 * signed / denom, intervals,
                days, true, false, note);
    }
}
