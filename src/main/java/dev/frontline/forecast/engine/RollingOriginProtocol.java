package dev.frontline.forecast.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;

/**
 * The fixed accuracy protocol: over the last N weeks of a history, for each week fit on everything before its Monday
 * and forecast every interval of its days; score only intervals with actuals. Days absent from the history inside
 * its span are closed days. WAPE = Σ|y − ŷ| / Σy over all scored intervals; daily WAPE the same over day totals.
 */
public final class RollingOriginProtocol {

    /**
     * @param choices    how often each method was chosen across the origins (engine runs only)
     * @param coverage80 share of scored intervals inside the 80 % bounds, in % (engine runs only, else 0)
     * @param coverage95 the same for the 95 % bounds
     */
    public record Result(String method, double wapePercent, double dailyWapePercent, int scoredIntervals, int scoredDays,
                         Map<String, Integer> choices, double coverage80, double coverage95) {
    }

    private final List<Observation> history;
    private final IntervalGrain grain;
    private final List<LocalDate> origins = new ArrayList<>();
    private final List<SpecialDay> closedDays = new ArrayList<>();
    private final Map<LocalDate, Map<Integer, Double>> actuals = new TreeMap<>();

    public RollingOriginProtocol(List<Observation> history, IntervalGrain grain, int weeks) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("history is empty");
        }
        this.history = List.copyOf(history);
        this.grain = grain;
        for (Observation o : history) {
            actuals.computeIfAbsent(o.date(), d -> new HashMap<>()).merge(grain.slotOf(o.start()), o.offered(), Double::sum);
        }
        TreeSet<LocalDate> present = new TreeSet<>(actuals.keySet());
        for (LocalDate d = present.first(); !d.isAfter(present.last()); d = d.plusDays(1)) {
            if (!present.contains(d)) {
                closedDays.add(SpecialDay.closed(d, "absent from the history"));
            }
        }
        LocalDate lastMonday = present.last().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int k = weeks - 1; k >= 0; k--) {
            origins.add(lastMonday.minusWeeks(k));
        }
    }

    public List<LocalDate> origins() {
        return List.copyOf(origins);
    }

    private List<LocalDate> targetDays(LocalDate origin) {
        return new ArrayList<>(((TreeMap<LocalDate, Map<Integer, Double>>) actuals).subMap(origin, true, origin.plusWeeks(1), false).keySet());
    }

    private List<Observation> before(LocalDate origin) {
        return history.stream().filter(o -> o.date().isBefore(origin)).toList();
    }

    /** A method on its own: fitted on every open day before the origin, no special-day effects, no selection. */
    public Result evaluateBaseline(String methodName) {
        ForecastMethod method = ForecastMethods.byName(methodName);
        Score score = new Score();
        for (LocalDate origin : origins) {
            PreparedHistory prepared = new PreparedHistory(new ForecastRequest("protocol", before(origin), grain, origin, 7, closedDays));
            List<LocalDate> days = targetDays(origin);
            MethodFit fit = method.fit(TrainingHistory.allOpenDays(prepared, origin), days);
            for (int i = 0; i < days.size(); i++) {
                double[] v = fit.volume()[i];
                Map<Integer, Double> f = new HashMap<>();
                for (int s = 0; s < v.length; s++) {
                    f.put(s, v[s]);
                }
                score.add(actuals.get(days.get(i)), f);
            }
        }
        return score.result(methodName, Map.of());
    }

    /** The full engine (selection, ensemble, special days) run afresh at every origin. */
    public Result evaluateEngine(ForecastEngine engine, Progress progress, Cancellation cancel) {
        Score score = new Score();
        Map<String, Integer> choices = new TreeMap<>();
        for (int k = 0; k < origins.size(); k++) {
            LocalDate origin = origins.get(k);
            int index = k;
            Progress scaled = (f, m) -> progress.report((index + f) / origins.size(),
                    Phrase.of("jobs.progress.origin", origin, m));
            QueueForecast fc = engine.forecast(new ForecastRequest("protocol", before(origin), grain, origin, 7, closedDays), scaled, cancel);
            String chosen = fc.explanation().method().equals(ForecastEngine.ENSEMBLE)
                    ? "ensemble(" + String.join("+", fc.explanation().members().stream().sorted().toList()) + ")" : fc.explanation().method();
            choices.merge(chosen, 1, Integer::sum);
            Map<LocalDate, Map<Integer, Double>> byDay = new HashMap<>();
            Map<LocalDate, Map<Integer, IntervalForecast>> bounds = new HashMap<>();
            for (IntervalForecast i : fc.intervals()) {
                byDay.computeIfAbsent(i.date(), d -> new HashMap<>()).put(grain.slotOf(i.start()), i.offered());
                bounds.computeIfAbsent(i.date(), d -> new HashMap<>()).put(grain.slotOf(i.start()), i);
            }
            for (LocalDate day : targetDays(origin)) {
                score.add(actuals.get(day), byDay.getOrDefault(day, Map.of()));
                score.cover(actuals.get(day), bounds.getOrDefault(day, Map.of()));
            }
        }
        return score.result("automatic selection", choices);
    }

    private static final class Score {
        double absError;
        double actual;
        double dailyAbsError;
        int intervals;
        int days;
        int inside80;
        int inside95;
        int covered;

        void cover(Map<Integer, Double> actualBySlot, Map<Integer, IntervalForecast> forecastBySlot) {
            actualBySlot.forEach((slot, y) -> {
                IntervalForecast f = forecastBySlot.get(slot);
                covered++;
                if (f != null && y >= f.lower80() && y <= f.upper80()) {
                    inside80++;
                }
                if (f != null && y >= f.lower95() && y <= f.upper95()) {
                    inside95++;
                }
            });
        }

        void add(Map<Integer, Double> actualBySlot, Map<Integer, Double> forecastBySlot) {
            double dy = 0;
            double df = 0;
            for (Map.Entry<Integer, Double> e : actualBySlot.entrySet()) {
                double f = forecastBySlot.getOrDefault(e.getKey(), 0.0);
                absError += Math.abs(e.getValue() - f);
                actual += e.getValue();
                dy += e.getValue();
                df += f;
                intervals++;
            }
            dailyAbsError += Math.abs(dy - df);
            days++;
        }

        Result result(String method, Map<String, Integer> choices) {
            double denom = Math.max(actual, 1e-9);
            return new Result(method, 100 * absError / denom, 100 * dailyAbsError / denom, intervals, days, choices,
                    covered == 0 ? 0 : 100.0 * inside80 / covered, covered == 0 ? 0 : 100.0 * inside95 / covered);
        }
    }
}
