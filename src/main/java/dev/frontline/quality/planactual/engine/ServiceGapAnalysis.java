package dev.frontline.quality.planactual.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Explains a run of intervals' service against its goal: which of forecast error (volume), AHT or staffing moved the
 * service away from what the plan expected, by Shapley shares over the three factors ({@link Shapley}), plus what the
 * plan itself expected against the goal and what the model does not explain. Pure: no database, no clock.
 *
 * <p>Real-time queues: v(S) = Σ w·SL(contacts, AHT, agents) / Σ w in percent, each input at its actual value when its
 * factor is in S and at the plan's otherwise, the weights w the contacts used (forecast or actual), as an ACD weighs a
 * week's service level by the contacts offered. Deferred queues: v(S) = the mean response in hours of the
 * {@link ResponseCurve} over the whole run, in which backlog carries from interval to interval.
 */
public final class ServiceGapAnalysis {

    /** Effects smaller than this (points or hours) are not worth a sentence of their own. */
    static final double NEGLIGIBLE = 0.05;

    private ServiceGapAnalysis() {
    }

    /** A real-time queue: {@code goalPercent} is the service-level target, e.g. 80. */
    public static ServiceGap realTime(List<PlanActualInterval> intervals, ServiceCurve curve, double goalPercent) {
        List<PlanActualInterval> open = open(intervals);
        ToDoubleFunction<EnumSet<Factor>> value = s -> {
            double weighted = 0;
            double weight = 0;
            for (PlanActualInterval i : open) {
                double contacts = i.contacts(s.contains(Factor.VOLUME));
                if (contacts <= 0) {
                    continue;
                }
                weighted += contacts * curve.serviceLevel(contacts, i.aht(s.contains(Factor.AHT)), i.agents(s.contains(Factor.STAFFING)));
                weight += contacts;
            }
            return weight == 0 ? 100 : 100 * weighted / weight;
        };
        double measured = 0;
        double measuredWeight = 0;
        for (PlanActualInterval i : open) {
            if (!Double.isNaN(i.achieved()) && i.actualContacts() > 0) {
                measured += i.actualContacts() * i.achieved();
                measuredWeight += i.actualContacts();
            }
        }
        double achieved = measuredWeight > 0 ? 100 * measured / measuredWeight : Double.NaN;
        return explain(Measure.SERVICE_LEVEL, open, value, goalPercent, achieved);
    }

    /**
     * A deferred queue over consecutive intervals (closed ones included with no contacts and no agents, so backlog
     * waits over nights): {@code goalHours} is the response goal.
     */
    public static ServiceGap deferred(List<PlanActualInterval> consecutive, double periodSeconds, double goalHours) {
        List<PlanActualInterval> all = consecutive.stream().sorted(Comparator.comparing(PlanActualInterval::start)).toList();
        int n = all.size();
        ToDoubleFunction<EnumSet<Factor>> value = s -> {
            double[] contacts = new double[n];
            double[] aht = new double[n];
            double[] agents = new double[n];
            for (int k = 0; k < n; k++) {
                PlanActualInterval i = all.get(k);
                contacts[k] = i.contacts(s.contains(Factor.VOLUME));
                aht[k] = i.aht(s.contains(Factor.AHT));
                agents[k] = i.agents(s.contains(Factor.STAFFING));
            }
            return ResponseCurve.meanResponseSeconds(periodSeconds, contacts, aht, agents) / 3600;
        };
        double measured = 0;
        double measuredWeight = 0;
        for (PlanActualInterval i : all) {
            if (!Double.isNaN(i.achieved()) && i.actualContacts() > 0) {
                measured += i.actualContacts() * i.achieved();
                measuredWeight += i.actualContacts();
            }
        }
        double achieved = measuredWeight > 0 ? measured / measuredWeight / 3600 : Double.NaN;
        return explain(Measure.RESPONSE_HOURS, all, value, goalHours, achieved, open(all));
    }

    private static ServiceGap explain(Measure measure, List<PlanActualInterval> open, ToDoubleFunction<EnumSet<Factor>> value,
            double goal, double achieved) {
        return explain(measure, open, value, goal, achieved, open);
    }

    private static ServiceGap explain(Measure measure, List<PlanActualInterval> all, ToDoubleFunction<EnumSet<Factor>> value,
            double goal, double achieved, List<PlanActualInterval> open) {
        double planned = value.applyAsDouble(EnumSet.noneOf(Factor.class));
        double modelled = value.applyAsDouble(EnumSet.allOf(Factor.class));
        Map<Factor, Double> shares = Shapley.attribute(value);
        double residual = Double.isNaN(achieved) ? Double.NaN : achieved - modelled;

        double forecastContacts = 0;
        double actualContacts = 0;
        double absoluteError = 0;
        double forecastWork = 0;
        double actualWork = 0;
        double actualHandled = 0;
        double required = 0;
        double scheduled = 0;
        int scheduledCount = 0;
        double plannedAgents = 0;
        double staffed = 0;
        for (PlanActualInterval i : all) {
            forecastContacts += i.forecastContacts();
            actualContacts += i.actualContacts();
            forecastWork += i.forecastContacts() * i.forecastAhtSeconds();
            absoluteError += Math.abs(i.actualContacts() - i.forecastContacts());
            if (!Double.isNaN(i.actualAhtSeconds()) && i.actualAhtSeconds() > 0) {
                actualWork += i.actualContacts() * i.actualAhtSeconds();
                actualHandled += i.actualContacts();
            }
        }
        for (PlanActualInterval i : open) {
            required += i.requiredAgents();
            if (!Double.isNaN(i.scheduledAgents())) {
                scheduled += i.scheduledAgents();
                scheduledCount++;
            }
            plannedAgents += i.plannedAgents();
            staffed += i.staffedOrPlanned();
        }
        int m = Math.max(1, open.size());
        double forecastAht = forecastContacts > 0 ? forecastWork / forecastContacts : Double.NaN;
        double actualAht = actualHandled > 0 ? actualWork / actualHandled : Double.NaN;
        double meanPlanned = plannedAgents / m;
        double meanStaffed = staffed / m;

        List<GapReason> factors = new ArrayList<>();
        double volumeError = forecastContacts > 0 ? 100 * (actualContacts - forecastContacts) / forecastContacts : 0;
        double intervalWape = forecastContacts > 0 ? 100 * absoluteError / forecastContacts : 0;
        factors.add(new GapReason(volumeError >= 0 ? "VOLUME_ABOVE" : "VOLUME_BELOW", List.of(Math.abs(volumeError), intervalWape),
                shares.get(Factor.VOLUME), measure.harmful(shares.get(Factor.VOLUME))));
        double ahtError = forecastAht > 0 && !Double.isNaN(actualAht) ? 100 * (actualAht - forecastAht) / forecastAht : 0;
        factors.add(reason(measure, ahtError >= 0 ? "AHT_ABOVE" : "AHT_BELOW", Math.abs(ahtError), shares.get(Factor.AHT)));
        double agentDiff = meanStaffed - meanPlanned;
        factors.add(reason(measure, agentDiff < 0 ? "STAFF_FEWER" : "STAFF_MORE", Math.abs(agentDiff), shares.get(Factor.STAFFING)));
        factors.sort(Comparator.comparingDouble((GapReason r) -> -Math.abs(r.effect())));
        List<GapReason> reasons = new ArrayList<>();
        double planPart = planned - goal;
        if (Math.abs(planPart) >= NEGLIGIBLE) {
            reasons.add(new GapReason(measure.harmful(planPart) ? "PLAN_SHORT" : "PLAN_OVER", List.of(planned), planPart,
                    measure.harmful(planPart)));
        }
        reasons.addAll(factors);
        if (!Double.isNaN(residual) && Math.abs(residual) >= NEGLIGIBLE) {
            reasons.add(new GapReason("MODEL", List.of(), residual, measure.harmful(residual)));
        }
        return new ServiceGap(measure, open.size(), forecastContacts, actualContacts, intervalWape, forecastAht, actualAht, required / m,
                scheduledCount == 0 ? Double.NaN : scheduled / scheduledCount, meanPlanned, meanStaffed, goal, planned,
                modelled, achieved, planPart, shares.get(Factor.VOLUME), shares.get(Factor.AHT),
                shares.get(Factor.STAFFING), residual, reasons);
    }

    private static GapReason reason(Measure measure, String code, double size, double effect) {
        return new GapReason(code, List.of(size), effect, measure.harmful(effect));
    }

    private static List<PlanActualInterval> open(List<PlanActualInterval> intervals) {
        return intervals.stream().filter(i -> i.forecastContacts() > 0 || i.actualContacts() > 0)
                .sorted(Comparator.comparing(PlanActualInterval::start)).toList();
    }
}
