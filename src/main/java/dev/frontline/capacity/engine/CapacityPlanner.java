package dev.frontline.capacity.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;
import dev.frontline.staffing.engine.ErlangC;
import dev.frontline.staffing.engine.IntervalWorkload;
import dev.frontline.staffing.engine.ServiceGoal;
import dev.frontline.staffing.engine.Shrinkage;
import dev.frontline.staffing.engine.VoiceQueue;
import dev.frontline.staffing.engine.VoiceRequirementCalculator;

/**
 * The weekly capacity plan (docs/capacity.md):
 * <pre>
 *   required FTE_w = Σ_i N_i · h / (1 − shrinkage(month of w)) / hours per FTE
 *       N_i = fewest agents meeting the goal in open interval i of the week (staffing engine: Erlang C; chat slots;
 *             deferred work = workload / occupancy cap), for contacts_i = volume_w · share_i, h = interval hours
 *   supply FTE_w  = Σ_agents fte · proficiency(w) · S(today → w) + Σ_classes size · proficiency(w) · S(start → w)
 *                   − off-phone training hours_w / hours per FTE
 *                   (at most the office seats' cap / (1 − home share) before training)
 *   gap_w = supply − required,  gap % = gap / required
 * </pre>
 * The band: required at the forecast's 80 % interval ends, supply with the attrition interval's ends.
 */
public final class CapacityPlanner {

    private CapacityPlanner() {
    }

    public static CapacityPlan plan(CapacityInput input) {
        return plan(input, Progress.NONE, Cancellation.NONE);
    }

    public static CapacityPlan plan(CapacityInput input, Progress progress, Cancellation cancel) {
        PlanSettings settings = input.settings();
        int weeks = settings.weeks();
        List<QueuePlan> queuePlans = new ArrayList<>();
        Map<String, List<SupplyAgent>> agentsByQueue = new HashMap<>();
        for (SupplyAgent a : input.agents()) {
            agentsByQueue.computeIfAbsent(a.queueCode(), k -> new ArrayList<>()).add(a);
        }
        double[] totalRequired = new double[weeks];
        double slWeighted = 0;
        double slVolume = 0;
        int below = 0;
        double shortfall = 0;
        for (int qi = 0; qi < input.queues().size(); qi++) {
            cancel.throwIfCancelled("capacity plan stopped");
            QueueDemand queue = input.queues().get(qi);
            Supply supply = supply(input, queue, agentsByQueue.getOrDefault(queue.queueCode(), List.of()));
            List<PlanWeek> rows = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                LocalDate week = settings.week(w);
                WeeklyDemand d = queue.weeks().get(w);
                double shrink = queue.shrinkage(settings, week);
                double required = requiredFte(queue, d.volume(), d.ahtSeconds(), shrink, settings.hoursPerFte());
                double requiredLow = requiredFte(queue, d.lower80(), d.ahtSeconds(), shrink, settings.hoursPerFte());
                double requiredHigh = requiredFte(queue, d.upper80(), d.ahtSeconds(), shrink, settings.hoursPerFte());
                double s = supply.expected[w];
                double gap = s - required;
                double sl = expectedServiceLevel(queue, d.volume(), d.ahtSeconds(), shrink, settings.hoursPerFte(), s);
                PlanWeek row = new PlanWeek(week, d.volume(), d.ahtSeconds(), required, requiredLow, requiredHigh,
                        supply.existing[w], supply.hires[w], supply.training[w], s, supply.low[w], supply.high[w],
                        supply.leavers[w], gap, required > 0 ? 100 * gap / required : 0,
                        supply.low[w] - requiredHigh, supply.high[w] - requiredLow, sl);
                rows.add(row);
                totalRequired[w] += required;
                if (row.belowGoal()) {
                    below++;
                    shortfall += -gap;
                }
                if (queue.model().kind() != QueueModel.Kind.DEFERRED) {
                    slWeighted += sl * d.volume();
                    slVolume += d.volume();
                }
            }
            queuePlans.add(new QueuePlan(queue.queueCode(), queue.siteCode(), queue.model(), rows));
            progress.report((qi + 1.0) / input.queues().size(),
                    Phrase.of("jobs.progress.capacity-queue-planned", qi + 1, input.queues().size(), queue.queueCode()));
        }
        double sum = 0;
        double peak = 0;
        for (double r : totalRequired) {
            sum += r;
            peak = Math.max(peak, r);
        }
        int hires = 0;
        double hireWeeks = 0;
        for (HiringClass c : input.classes()) {
            hires += c.size();
            for (int w = 0; w < weeks; w++) {
                hireWeeks += c.employedOn(settings.week(w), input.attrition());
            }
        }
        CapacityPlan.Summary summary = new CapacityPlan.Summary(weeks == 0 ? 0 : sum / weeks, peak, hires, hireWeeks,
                below, shortfall, slVolume > 0 ? slWeighted / slVolume : Double.NaN);
        return new CapacityPlan(settings, queuePlans, input.classes(), summary);
    }

    /** Supply of one queue per week, with its parts and its band. */
    record Supply(double[] existing, double[] hires, double[] training, double[] expected, double[] low, double[] high,
            double[] leavers) {
    }

    static Supply supply(CapacityInput input, QueueDemand queue, List<SupplyAgent> agents) {
        String queueCode = queue.queueCode();
        PlanSettings settings = input.settings();
        int weeks = settings.weeks();
        AttritionModel attrition = input.attrition();
        LocalDate asOf = settings.firstWeek();
        double[] existing = new double[weeks];
        double[] existingLow = new double[weeks];
        double[] existingHigh = new double[weeks];
        double[] leavers = new double[weeks];
        for (SupplyAgent a : agents) {
            long tenure = a.tenureDaysOn(asOf);
            for (int w = 0; w < weeks; w++) {
                LocalDate week = settings.week(w);
                long days = w * 7L;
                double p = a.proficiencyOn(week) * a.fte();
                double sExpected = attrition.survival(tenure, days, AttritionModel.Bound.EXPECTED);
                existing[w] += p * sExpected;
                // fewer leavers (the low hazard) is the high supply
                existingHigh[w] += p * attrition.survival(tenure, days, AttritionModel.Bound.LOW);
                existingLow[w] += p * attrition.survival(tenure, days, AttritionModel.Bound.HIGH);
                leavers[w] += 1 - sExpected;
            }
        }
        double[] hires = new double[weeks];
        double[] hiresLow = new double[weeks];
        double[] hiresHigh = new double[weeks];
        for (HiringClass c : input.classes()) {
            if (!c.queueCode().equals(queueCode)) {
                continue;
            }
            for (int w = 0; w < weeks; w++) {
                LocalDate week = settings.week(w);
                hires[w] += c.size() * c.ftePerHire(week, attrition, AttritionModel.Bound.EXPECTED);
                hiresHigh[w] += c.size() * c.ftePerHire(week, attrition, AttritionModel.Bound.LOW);
                hiresLow[w] += c.size() * c.ftePerHire(week, attrition, AttritionModel.Bound.HIGH);
            }
        }
        double[] training = new double[weeks];
        for (TrainingLoad t : input.training()) {
            if (!t.queueCode().equals(queueCode)) {
                continue;
            }
            long index = java.time.temporal.ChronoUnit.WEEKS.between(settings.firstWeek(), t.weekStart());
            if (index >= 0 && index < weeks && !t.weekStart().isBefore(settings.firstWeek())) {
                training[(int) index] += t.hours() / settings.hoursPerFte();
            }
        }
        double[] expected = new double[weeks];
        double[] low = new double[weeks];
        double[] high = new double[weeks];
        // only the office share of the supply needs a seat: beyond the seats' cap, more people add nothing
        double cap = queue.seats() == null ? Double.POSITIVE_INFINITY : queue.seats().supplyCap();
        for (int w = 0; w < weeks; w++) {
            expected[w] = Math.min(cap, existing[w] + hires[w]) - training[w];
            low[w] = Math.min(cap, existingLow[w] + hiresLow[w]) - training[w];
            high[w] = Math.min(cap, existingHigh[w] + hiresHigh[w]) - training[w];
        }
        return new Supply(existing, hires, training, expected, low, high, leavers);
    }

    /** FTE the queue's goal needs for a week of {@code volume} contacts. */
    public static double requiredFte(QueueDemand queue, double volume, double ahtSeconds, double shrinkage,
            double hoursPerFte) {
        int[] agents = queue.model().kind() == QueueModel.Kind.DEFERRED ? null
                : agentsPerInterval(queue, volume, ahtSeconds);
        return requiredFte(queue, agents, volume, ahtSeconds, shrinkage, hoursPerFte);
    }

    /**
     * The same from the agents each interval needs (ignored, and may be null, for deferred work), for callers that
     * size the intervals once and use them again (the speed–quality frontier).
     */
    public static double requiredFte(QueueDemand queue, int[] agents, double volume, double ahtSeconds,
            double shrinkage, double hoursPerFte) {
        double hours = queue.intervalMinutes() / 60.0;
        double agentHours = 0;
        if (queue.model().kind() == QueueModel.Kind.DEFERRED) {
            agentHours = volume * ahtSeconds / 3600 / queue.model().goal().maxOccupancy();
        } else {
            for (int n : agents) {
                agentHours += n * hours;
            }
        }
        return agentHours / (1 - shrinkage) / hoursPerFte;
    }

    /** Fewest agents meeting the goal in each open interval of the week. */
    public static int[] agentsPerInterval(QueueDemand queue, double volume, double ahtSeconds) {
        double[] shares = queue.weekShares();
        int[] agents = new int[shares.length];
        double period = queue.intervalMinutes() * 60.0;
        ServiceGoal goal = queue.model().goal();
        VoiceQueue erlang = VoiceQueue.erlangC(goal, Shrinkage.NONE);
        int k = queue.model().concurrency();
        int hint = -1;
        for (int i = 0; i < shares.length; i++) {
            double contacts = volume * shares[i];
            if (contacts <= 0) {
                agents[i] = 0;
                continue;
            }
            // chat: each agent is k slots running at full concurrency, the staffing engine's chat-slot model with no
            // handle-time growth (the long-range forecast gives one AHT per week)
            IntervalWorkload workload = new IntervalWorkload(contacts, period, ahtSeconds);
            int slots = VoiceRequirementCalculator.requiredAgents(erlang, workload, hint);
            hint = slots;
            agents[i] = (slots + k - 1) / k;
        }
        return agents;
    }

    /**
     * Service level the queue reaches with {@code supplyFte}: the supply's productive hours are spread over the
     * intervals in proportion to what each needs ({@code N_i · f}, f = available / required agent-hours), and each
     * interval's Erlang C service level is interpolated between the whole agent counts around {@code N_i · f};
     * weighted by contacts. Deferred work reports the share of the week's work the supply can do (at most 1).
     */
    public static double expectedServiceLevel(QueueDemand queue, double volume, double ahtSeconds, double shrinkage,
            double hoursPerFte, double supplyFte) {
        if (volume <= 0) {
            return 1;
        }
        double availableHours = Math.max(0, supplyFte) * hoursPerFte * (1 - shrinkage);
        if (queue.model().kind() == QueueModel.Kind.DEFERRED) {
            double needed = volume * ahtSeconds / 3600 / queue.model().goal().maxOccupancy();
            return needed <= 0 ? 1 : Math.min(1, availableHours / needed);
        }
        int[] agents = agentsPerInterval(queue, volume, ahtSeconds);
        return service(queue, volume, ahtSeconds, agents, availableHours).serviceLevel();
    }

    /** Service level (0–1) and ASA in seconds of a real-time queue's week, weighted by contacts. */
    public record Service(double serviceLevel, double asaSeconds) {
    }

    /** ASA counted for an interval whose agents cannot keep up (Erlang C has no steady state): an hour. */
    public static final double UNSTABLE_ASA_SECONDS = 3600;

    /**
     * A real-time queue's service with {@code availableHours} productive agent-hours spread over the intervals in
     * proportion to {@code agents} (what each needs): Erlang C interpolated between the whole agent counts around
     * each interval's share.
     */
    public static Service service(QueueDemand queue, double volume, double ahtSeconds, int[] agents,
            double availableHours) {
        double hours = queue.intervalMinutes() / 60.0;
        double neededHours = 0;
        for (int n : agents) {
            neededHours += n * hours;
        }
        double f = neededHours > 0 ? availableHours / neededHours : 1;
        double period = queue.intervalMinutes() * 60.0;
        double threshold = queue.model().goal().thresholdSeconds();
        int k = queue.model().concurrency();
        double weighted = 0;
        double asa = 0;
        double[] shares = queue.weekShares();
        for (int i = 0; i < shares.length; i++) {
            if (shares[i] <= 0) {
                continue;
            }
            IntervalWorkload workload = new IntervalWorkload(volume * shares[i], period, ahtSeconds);
            double slots = agents[i] * f * k;
            int lo = (int) Math.floor(slots);
            double frac = slots - lo;
            var mLo = ErlangC.metrics(workload, lo, threshold);
            var mHi = frac == 0 ? mLo : ErlangC.metrics(workload, lo + 1, threshold);
            weighted += shares[i] * (mLo.serviceLevel() + frac * (mHi.serviceLevel() - mLo.serviceLevel()));
            double asaLo = mLo.asaSeconds().orElse(UNSTABLE_ASA_SECONDS);
            double asaHi = mHi.asaSeconds().orElse(UNSTABLE_ASA_SECONDS);
            asa += shares[i] * Math.min(UNSTABLE_ASA_SECONDS, asaLo + frac * (asaHi - asaLo));
        }
        return new Service(weighted, asa);
    }
}
