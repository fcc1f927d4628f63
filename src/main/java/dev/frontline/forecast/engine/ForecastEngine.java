package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * Forecasts offered volume and AHT per queue: prepares the history, scores every candidate method by rolling-origin
 * backtest, picks the best (or the ensemble of the best when that scores better), applies special-day effects and
 * attaches prediction intervals and an explanation. Pure Java, stateless, safe to call from several threads.
 */
public final class ForecastEngine {

    public static final int MAX_INTERVAL_HORIZON_DAYS = 42;
    public static final int MAX_CAPACITY_HORIZON_DAYS = 371;
    /** The method name of a combined forecast; its members are listed in the explanation. */
    public static final String ENSEMBLE = "ensemble";
    private static final List<String> FALLBACK_ORDER = List.of(ForecastMethods.WEEKDAY_MEAN_4, ForecastMethods.SEASONAL_NAIVE);

    private final ForecastSettings settings;

    public ForecastEngine() {
        this(ForecastSettings.defaults());
    }

    public ForecastEngine(ForecastSettings settings) {
        this.settings = settings;
    }

    public QueueForecast forecast(ForecastRequest request) {
        return forecast(request, Progress.NONE, Cancellation.NONE);
    }

    /** Interval-level forecast for 1–6 weeks. */
    public QueueForecast forecast(ForecastRequest request, Progress progress, Cancellation cancel) {
        if (request.horizonDays() > MAX_INTERVAL_HORIZON_DAYS) {
            throw new IllegalArgumentException("horizon " + request.horizonDays() + " days for queue '" + request.queue()
                    + "' exceeds " + MAX_INTERVAL_HORIZON_DAYS + " days (6 weeks) at interval level; use forecastCapacity for day/week level");
        }
        Run run = new Run(request, false, progress, cancel);
        AhtForecaster aht = new AhtForecaster(run.history, run.start);
        Map<DayOfWeek, double[]> ahtByWeekday = new EnumMap<>(DayOfWeek.class);
        boolean[] open = run.history.openSlots();
        List<IntervalForecast> intervals = new ArrayList<>();
        List<DayForecast> days = new ArrayList<>();
        for (LocalDate day : run.horizon) {
            double[] v = run.volume.get(day);
            if (v == null) {
                days.add(new DayForecast(day, true, 0, 0, 0, 0, 0, null, run.history.closedReason(day)));
                continue;
            }
            double[] a = ahtByWeekday.computeIfAbsent(day.getDayOfWeek(), aht::forecast);
            double total = 0;
            double[] sumBounds = new double[4];
            for (int s = 0; s < v.length; s++) {
                if (!open[s]) {
                    continue;
                }
                double[] b = run.intervalsFor(day).bounds(v[s]);
                intervals.add(new IntervalForecast(day, request.grain().startOf(s), v[s], a[s], b[1], b[2], b[0], b[3]));
                total += v[s];
                for (int k = 0; k < 4; k++) {
                    sumBounds[k] += b[k];
                }
            }
            DayEffect effect = run.effects.effect(day);
            days.add(new DayForecast(day, false, total, sumBounds[1], sumBounds[2], sumBounds[0], sumBounds[3], effect,
                    effect == null ? null : effect.note()));
        }
        progress.report(1, Phrase.of("jobs.progress.queue-forecast-done", request.queue()));
        Phrase ahtMethod = run.history.hasAht() ? AhtForecaster.describe() : Phrase.of("forecast.aht.none");
        return new QueueForecast(request.queue(), request.grain(), intervals, days,
                run.explanation(ahtMethod, Phrase.of("forecast.criterion.interval")), run.scores);
    }

    /** Day- and week-level forecast for up to 53 weeks, selected on daily-total WAPE. */
    public CapacityForecast forecastCapacity(ForecastRequest request, Progress progress, Cancellation cancel) {
        if (request.horizonDays() > MAX_CAPACITY_HORIZON_DAYS) {
            throw new IllegalArgumentException("horizon " + request.horizonDays() + " days for queue '" + request.queue()
                    + "' exceeds " + MAX_CAPACITY_HORIZON_DAYS + " days");
        }
        Run run = new Run(request, true, progress, cancel);
        List<DayForecast> days = new ArrayList<>();
        Map<LocalDate, double[]> weeks = new TreeMap<>();
        for (LocalDate day : run.horizon) {
            double[] v = run.volume.get(day);
            LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            double[] w = weeks.computeIfAbsent(week, k -> new double[5]);
            if (v == null) {
                days.add(new DayForecast(day, true, 0, 0, 0, 0, 0, null, run.history.closedReason(day)));
                continue;
            }
            double total = 0;
            for (double x : v) {
                total += x;
            }
            double[] b = run.intervalsFor(day).bounds(total);
            DayEffect effect = run.effects.effect(day);
            days.add(new DayForecast(day, false, total, b[1], b[2], b[0], b[3], effect,
                    effect == null ? null : effect.note()));
            w[0] += total;
            w[1] += b[1];
            w[2] += b[2];
            w[3] += b[0];
            w[4] += b[3];
        }
        List<WeekForecast> weekly = new ArrayList<>();
        weeks.forEach((start, w) -> weekly.add(new WeekForecast(start, w[0], w[1], w[2], w[3], w[4])));
        progress.report(1, Phrase.of("jobs.progress.capacity-forecast-done", request.queue()));
        return new CapacityForecast(request.queue(), days, weekly,
                run.explanation(Phrase.of("forecast.aht.capacity"), Phrase.of("forecast.criterion.daily")), run.scores);
    }

    /** Forecasts several queues one after the other, reporting progress across all of them. */
    public List<QueueForecast> forecastAll(List<ForecastRequest> requests, Progress progress, Cancellation cancel) {
        List<QueueForecast> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            int index = i;
            Progress scaled = (f, m) -> progress.report((index + f) / requests.size(),
                    Phrase.of("jobs.progress.queue-of", index + 1, requests.size(), m));
            out.add(forecast(requests.get(i), scaled, cancel));
        }
        return out;
    }

    /** One forecast run: preparation, selection, final fit and intervals, shared by both horizons. */
    private final class Run {
        final PreparedHistory history;
        final LocalDate start;
        final List<LocalDate> horizon = new ArrayList<>();
        final Map<LocalDate, double[]> volume = new LinkedHashMap<>();
        final List<MethodScore> scores = new ArrayList<>();
        final List<Phrase> notes = new ArrayList<>();
        final SpecialDayEffects effects;
        final TrainingHistory training;
        final TreeMap<Integer, PredictionIntervals> intervalsByLead = new TreeMap<>();
        String chosen;
        List<String> members;
        Map<String, String> parameters = new LinkedHashMap<>();
        Phrase formula;
        SelectionDecision decision;
        double backtestWape;
        List<LocalDate> origins = List.of();

        Run(ForecastRequest request, boolean daily, Progress progress, Cancellation cancel) {
            ForecastCancelledException.throwIf(cancel, "before it started");
            LocalDate first = request.firstDay();
            List<Observation> rows = first == null ? request.history()
                    : request.history().stream().filter(o -> o.date().isBefore(first)).toList();
            if (first != null && rows.isEmpty()) {
                throw new IllegalArgumentException("history for queue '" + request.queue() + "' has no rows before the first forecast day " + first);
            }
            this.history = new PreparedHistory(new ForecastRequest(request.queue(), rows, request.grain(), first,
                    request.horizonDays(), request.specialDays()));
            this.start = first == null ? history.lastDay().plusDays(1) : first;
            notes.addAll(history.notes());
            notes.add(Phrase.of("forecast.note.open-weekdays", history.regularOpenWeekdays().stream().sorted().toList()));
            List<LocalDate> targets = new ArrayList<>();
            for (int i = 0; i < request.horizonDays(); i++) {
                LocalDate d = start.plusDays(i);
                horizon.add(d);
                if (!history.isClosed(d)) {
                    targets.add(d);
                }
            }
            List<ForecastMethod> candidates = (settings.methods().isEmpty() ? ForecastMethods.names() : settings.methods())
                    .stream().map(ForecastMethods::byName).toList();
            Backtest backtest = new Backtest(history, start, settings.backtestWeeks(), candidates, progress, cancel, 0, 0.9);
            int maxLead = Math.min(settings.backtestWeeks(), (request.horizonDays() + 6) / 7);
            notes.addAll(backtest.notes());
            select(backtest, candidates, daily, maxLead);
            noteHorizonBeyondEvidence(request);
            this.training = TrainingHistory.ordinaryDays(history, start);
            LevelShift.detect(training).ifPresent(shift -> notes.add(shift.describe()));
            this.effects = new SpecialDayEffects(history, training);
            ForecastCancelledException.throwIf(cancel, "before the final fit");
            // no method is chosen yet when the history was too short for a backtest: the fallback order decides
            progress.report(0.9, chosen == null ? Phrase.of("jobs.progress.fitting-fallback")
                    : Phrase.of("jobs.progress.fitting", ForecastMethods.words(chosen)));
            fitFinal(targets);
        }

        /** A horizon longer than the history or the backtest can vouch for gets a forecast that says so, not a silent one. */
        private void noteHorizonBeyondEvidence(ForecastRequest request) {
            int weeks = (request.horizonDays() + 6) / 7;
            long historyDays = ChronoUnit.DAYS.between(history.firstDay(), start);
            if (request.horizonDays() > historyDays) {
                notes.add(Phrase.of("forecast.note.horizon-longer", request.horizonDays(), historyDays));
            }
            int seen = intervalsByLead.isEmpty() ? 0 : intervalsByLead.lastKey();
            if (chosen != null && seen < weeks) {
                notes.add(Phrase.of("forecast.note.short-leads", seen, seen + 1, weeks));
            }
        }

        /** Prediction intervals for a day: from the residuals at its lead week, or the longest lead the backtest saw. */
        PredictionIntervals intervalsFor(LocalDate day) {
            int lead = (int) (ChronoUnit.DAYS.between(start, day) / 7) + 1;
            Map.Entry<Integer, PredictionIntervals> e = intervalsByLead.floorEntry(lead);
            return e != null ? e.getValue() : intervalsByLead.firstEntry().getValue();
        }

        private void select(Backtest backtest, List<ForecastMethod> candidates, boolean daily, int maxLead) {
            Map<String, List<double[]>> preds = backtest.predictions();
            List<MethodScore> applicable = new ArrayList<>();
            if (!backtest.isEmpty()) {
                preds.forEach((name, p) -> applicable.add(backtest.score(name, p, null, maxLead)));
            }
            List<double[]> chosenPreds = null;
            if (backtest.isEmpty()) {
                chosen = null;
                notes.add(Phrase.of("forecast.note.no-backtest"));
            } else {
                SelectionRule.Choice choice = new SelectionRule(backtest, start, daily, maxLead, settings.ensembleSize()).choose();
                chosen = choice.method();
                members = choice.members();
                chosenPreds = choice.predictions();
                decision = choice.decision();
                if (choice.ensembleScore() != null) {
                    applicable.add(choice.ensembleScore());
                }
                MethodScore score = applicable.stream().filter(s -> s.method().equals(chosen)).findFirst().orElseThrow();
                backtestWape = daily ? score.dailyWapePercent() : score.wapePercent();
                origins = backtest.origins();
            }
            for (MethodScore s : applicable) {
                scores.add(s.method().equals(chosen) ? s.asChosen() : s);
            }
            backtest.failures().forEach((name, why) -> scores.add(new MethodScore(name, 0, 0, 0, 0, 0, false, false, why)));
            if (backtest.isEmpty()) {
                for (ForecastMethod m : candidates) {
                    scores.add(new MethodScore(m.name(), 0, 0, 0, 0, 0, false, false, Phrase.of("forecast.score.no-backtest-week")));
                }
            }
            if (chosenPreds == null) {
                intervalsByLead.put(1, PredictionIntervals.fit(List.of(), List.of()));
                return;
            }
            List<Backtest.Case> cases = backtest.cases();
            int longest = cases.stream().mapToInt(Backtest.Case::leadWeek).max().orElse(1);
            for (int lead = 1; lead <= longest; lead++) {
                List<double[]> p = new ArrayList<>();
                List<double[]> y = new ArrayList<>();
                for (int i = 0; i < cases.size(); i++) {
                    if (cases.get(i).leadWeek() == lead) {
                        p.add(chosenPreds.get(i));
                        y.add(cases.get(i).actual());
                    }
                }
                if (!p.isEmpty()) {
                    intervalsByLead.put(lead, daily ? PredictionIntervals.fit(totals(p), totals(y)) : PredictionIntervals.fit(p, y));
                }
            }
        }

        private static List<double[]> totals(List<double[]> perSlot) {
            return perSlot.stream().map(v -> new double[] {Arrays.stream(v).sum()}).toList();
        }

        private void fitFinal(List<LocalDate> targets) {
            if (targets.isEmpty()) {
                if (chosen == null) {
                    chosen = FALLBACK_ORDER.get(0);
                    members = List.of(chosen);
                }
                formula = describe(members);
                return;
            }
            List<String> use = chosen == null ? List.of() : members;
            List<MethodFit> fits = new ArrayList<>();
            List<String> fitted = new ArrayList<>();
            for (String name : use) {
                try {
                    fits.add(ForecastMethods.byName(name).fit(training, targets));
                    fitted.add(name);
                } catch (MethodNotApplicableException e) {
                    notes.add(Phrase.of("forecast.note.dropped-at-final-fit", name, e.reason()));
                }
            }
            if (fits.isEmpty()) {
                for (String name : FALLBACK_ORDER) {
                    try {
                        fits.add(ForecastMethods.byName(name).fit(training, targets));
                        fitted.add(name);
                        break;
                    } catch (MethodNotApplicableException e) {
                        notes.add(Phrase.of("forecast.note.not-applicable", name, e.reason()));
                    }
                }
            }
            if (fits.isEmpty()) {
                throw new IllegalArgumentException("history for queue '" + history.queue()
                        + "' has no training day on the weekdays to forecast; every method failed");
            }
            if (chosen == null || fitted.size() != members.size()) {
                chosen = fitted.size() == 1 ? fitted.get(0) : ENSEMBLE;
            }
            members = fitted;
            for (int i = 0; i < fits.size(); i++) {
                String prefix = fits.size() > 1 ? members.get(i) + "." : "";
                fits.get(i).parameters().forEach((k, v) -> parameters.put(prefix + k, v));
            }
            for (int d = 0; d < targets.size(); d++) {
                double[] avg = new double[history.slots()];
                for (MethodFit f : fits) {
                    for (int s = 0; s < avg.length; s++) {
                        avg[s] += f.volume()[d][s] / fits.size();
                    }
                }
                volume.put(targets.get(d), Backtest.applyEffect(avg, effects.effect(targets.get(d))));
            }
            formula = describe(members);
        }

        /** The selection's decision, or the fallback's when there was no backtest. */
        SelectionDecision decision() {
            return decision != null ? decision : new SelectionDecision(SelectionDecision.Code.FALLBACK_NO_BACKTEST, chosen,
                    null, null, 0, 0, 0, 1);
        }

        private Phrase describe(List<String> names) {
            if (names.size() == 1) {
                return ForecastMethods.byName(names.get(0)).formula();
            }
            List<Phrase> each = names.stream()
                    .map(n -> Phrase.of("forecast.formula.member", n, ForecastMethods.byName(n).formula())).toList();
            return Phrase.of("forecast.formula.ensemble", names.size(), each);
        }

        /** One sentence per lead week the backtest saw. */
        private List<Phrase> describeIntervals() {
            List<Phrase> lines = new ArrayList<>();
            intervalsByLead.forEach((lead, pi) -> lines.add(pi.describe(lead)));
            return lines;
        }

        ForecastExplanation explanation(Phrase ahtMethod, Phrase criterion) {
            List<Phrase> allNotes = new ArrayList<>(notes);
            allNotes.add(Phrase.of("forecast.note.special-days"));
            return new ForecastExplanation(chosen, members, formula, parameters,
                    training.isEmpty() ? history.firstDay() : training.firstDay(), training.isEmpty() ? history.lastDay() : training.lastDay(),
                    training.size(), origins, backtestWape,
                    Phrase.of("forecast.selection.rule", settings.backtestWeeks(), start, criterion,
                            settings.ensembleSize() - 1, SelectionDecision.ALPHA, decision().phrase()),
                    describeIntervals(), ahtMethod, allNotes, decision());
        }
    }
}
