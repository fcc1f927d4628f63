package dev.frontline.quality.planactual.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The demo centre's service actuals per queue and interval, made from its contact history and the agents the plan
 * put on the phones. Staffed agents are the planned ones less a day's absence (mean 4 %, some days none, some days
 * 12 %) and an interval's adherence noise (σ 3 %); where no roster planned an interval (the history before the past
 * plans) the plan is taken as the fewest agents meeting the goal for the contacts that came, off by a week's planning
 * error (mean +2 %, σ 6 %). The service then follows from the same staffing maths the plan used (Erlang C on the
 * actual volume, AHT and staffed agents; the fluid response model for deferred work) with a little measurement noise,
 * so the explained parts of a gap leave a small residual rather than none. Abandonment is the history's own.
 * Deterministic for a seed.
 */
public final class ServiceActualsGenerator {

    /** One interval: what came (from the history) and the agents planned on the phones ({@code NaN}: no plan). */
    public record Input(Instant start, double contacts, double ahtSeconds, int abandoned, double plannedAgents) {
    }

    /** One row of queue_interval_service; the measures of the other kind of queue are null. */
    public record Row(Instant start, double staffedAgents, Double serviceLevelPercent, Double asaSeconds,
            Double abandonPercent, Double firstResponseSeconds, Double replyWaitSeconds, Double replyRatePercent,
            Double resolutionRatePercent) {
    }

    static final int MAX_AGENTS = 500;
    static final double MAX_ASA_SECONDS = 900;

    private ServiceActualsGenerator() {
    }

    /** Real-time queue, intervals of any order; {@code goal} is the service-level target as a fraction. */
    public static List<Row> realTime(List<Input> inputs, ServiceCurve curve, double goal, long seed) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>(inputs.size());
        DayAbsence absence = new DayAbsence(random);
        for (Input in : inputs) {
            double planned = Double.isNaN(in.plannedAgents()) ? plannedForGoal(in, curve, goal, absence.weekError(in.start()))
                    : in.plannedAgents();
            double staffed = staffed(planned, absence.of(in.start()), random);
            if (in.contacts() <= 0) {
                rows.add(new Row(in.start(), staffed, null, null, null, null, null, null, null));
                continue;
            }
            double sl = curve.serviceLevel(in.contacts(), in.ahtSeconds(), staffed) * 100 + random.nextGaussian() * 1.5;
            double asa = Math.min(MAX_ASA_SECONDS, curve.asaSeconds(in.contacts(), in.ahtSeconds(), staffed));
            double abandon = Math.min(100, 100.0 * in.abandoned() / in.contacts());
            rows.add(new Row(in.start(), staffed, clamp(sl, 0, 100), round2(asa), round2(abandon), null, null, null, null));
        }
        return rows;
    }

    /** Deferred queue over consecutive intervals of {@code periodSeconds} (closed ones with no contacts). */
    public static List<Row> deferred(List<Input> consecutive, double periodSeconds, long seed) {
        Random random = new Random(seed);
        DayAbsence absence = new DayAbsence(random);
        int n = consecutive.size();
        double[] contacts = new double[n];
        double[] aht = new double[n];
        double[] staffed = new double[n];
        for (int k = 0; k < n; k++) {
            Input in = consecutive.get(k);
            contacts[k] = in.contacts();
            aht[k] = in.ahtSeconds() > 0 ? in.ahtSeconds() : 1;
            double planned = Double.isNaN(in.plannedAgents())
                    ? Math.ceil(2 * in.contacts() * aht[k] / periodSeconds / 0.85) / 2 * absence.weekError(in.start())
                    : in.plannedAgents();
            staffed[k] = staffed(planned, absence.of(in.start()), random);
        }
        double[] response = ResponseCurve.responseSeconds(periodSeconds, contacts, aht, staffed);
        List<Row> rows = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Input in = consecutive.get(k);
            if (in.contacts() <= 0) {
                rows.add(new Row(in.start(), staffed[k], null, null, null, null, null, null, null));
                continue;
            }
            double first = Math.max(0, response[k] * (1 + random.nextGaussian() * 0.03));
            double replyWait = first * (0.55 + 0.1 * random.nextDouble());
            double replyRate = clamp(97 - Math.min(20, first / 3600) + random.nextGaussian(), 0, 100);
            double resolution = clamp(78 + random.nextGaussian() * 4, 0, 100);
            rows.add(new Row(in.start(), staffed[k], null, null, null, round2(first), round2(replyWait),
                    replyRate, resolution));
        }
        return rows;
    }

    /** The fewest agents meeting the goal for what came, times the week's planning error. */
    static double plannedForGoal(Input in, ServiceCurve curve, double goal, double weekError) {
        if (in.contacts() <= 0) {
            return 0;
        }
        double load = in.contacts() * Math.max(1, in.ahtSeconds()) / curve.periodSeconds() / curve.concurrency();
        int agents = Math.max(1, (int) Math.floor(load));
        while (agents < MAX_AGENTS && curve.serviceLevel(in.contacts(), in.ahtSeconds(), agents) < goal) {
            agents++;
        }
        return Math.round(agents * weekError * 2) / 2.0;
    }

    private static double staffed(double planned, double dayLoss, Random random) {
        double loss = dayLoss + random.nextGaussian() * 0.03;
        return round2(Math.max(0, planned * (1 - loss)));
    }

    private static double clamp(double v, double low, double high) {
        return round2(Math.max(low, Math.min(high, v)));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** A day's absence share and a week's planning error, drawn once per UTC day and week. */
    private static final class DayAbsence {
        private final Random random;
        private final java.util.Map<Long, Double> byDay = new java.util.HashMap<>();
        private final java.util.Map<Long, Double> byWeek = new java.util.HashMap<>();

        DayAbsence(Random random) {
            this.random = random;
        }

        double of(Instant at) {
            return byDay.computeIfAbsent(at.getEpochSecond() / 86_400,
                    d -> Math.max(-0.05, Math.min(0.12, 0.01 + random.nextGaussian() * 0.035)));
        }

        double weekError(Instant at) {
            return byWeek.computeIfAbsent(Math.floorDiv(at.getEpochSecond() / 86_400 + 3, 7),
                    w -> Math.max(0.85, Math.min(1.2, 1.02 + random.nextGaussian() * 0.06)));
        }
    }
}
