package dev.frontline.capacity.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.frontline.attrition.engine.BandHazard;
import dev.frontline.attrition.engine.Employment;
import dev.frontline.attrition.engine.HazardByTenure;
import dev.frontline.capacity.engine.AttritionModel;
import dev.frontline.capacity.engine.CapacityInput;
import dev.frontline.capacity.engine.CapacityPlan;
import dev.frontline.capacity.engine.CapacityPlanner;
import dev.frontline.capacity.engine.PlanSettings;
import dev.frontline.capacity.engine.PlanWeek;
import dev.frontline.capacity.engine.QueueDemand;
import dev.frontline.capacity.engine.QueuePlan;
import dev.frontline.capacity.engine.SupplyAgent;
import dev.frontline.capacity.engine.WeeklyDemand;
import dev.frontline.demo.DemoCentre;
import dev.frontline.forecast.engine.DailyTotal;
import dev.frontline.forecast.engine.LongRangeForecaster;
import dev.frontline.forecast.engine.LongRangeRequest;
import dev.frontline.forecast.engine.LongRangeTrend;
import dev.frontline.forecast.engine.LongRangeWeek;

/**
 * A capacity plan made a year ago, compared with what the following year needed. The plan is the application's
 * engine fed with what was known on the cut-off Monday: the long-range forecast (damped trend) fitted on the history
 * before it, the week's shape from the eight weeks before it, the agents employed that day with their contracts and
 * skills, and the hazard by tenure from the exits recorded before it (later exits unknown, so those agents count as
 * still employed). What the year actually needed is the same requirement arithmetic (Erlang C per hour of the week,
 * the same shrinkage and goals) on each week's actual volume and AHT; what the staff actually gave is the FTE of that
 * day's agents still employed each week. Errors are planned minus actual, averaged over the weeks starting in a month
 * and summed over queues.
 */
final class CapacityBacktest {

    /** One month of the comparison, in FTE (means over the weeks starting in the month, centre totals). */
    record Month(YearMonth month, int weeks, double plannedRequired, double actualRequired, double plannedStaff,
            double actualStaff) {

        double requiredError() {
            return plannedRequired - actualRequired;
        }

        double staffError() {
            return plannedStaff - actualStaff;
        }
    }

    /** The comparison: months in order, and the forecast's queues that could not be forecast (too little history). */
    record Result(LocalDate cutOff, int weeks, int agents, List<Month> months, List<String> skippedQueues) {

        double meanAbsRequiredError() {
            return months.stream().mapToDouble(m -> Math.abs(m.requiredError())).average().orElse(Double.NaN);
        }

        double meanAbsStaffError() {
            return months.stream().mapToDouble(m -> Math.abs(m.staffError())).average().orElse(Double.NaN);
        }

        double meanActualRequired() {
            return months.stream().mapToDouble(Month::actualRequired).average().orElse(Double.NaN);
        }
    }

    private CapacityBacktest() {
    }

    /** Plans {@code weeks} weeks from {@code cutOff} (a Monday) with what the centre knew then. */
    static Result run(DemoCentre demo, LocalDate cutOff, int weeks) {
        PlanSettings settings = new PlanSettings(cutOff, weeks, CapacityBenchCommand.HOURS_PER_FTE,
                PlanSettings.sameEveryMonth(CapacityBenchCommand.SHRINKAGE));
        LocalDate end = cutOff.plusWeeks(weeks);
        Map<String, ZoneId> zones = new HashMap<>();
        demo.queues().forEach(q -> zones.put(q.code(), ZoneId.of(q.timeZone())));
        // by queue: daily totals before the cut-off, actual weeks after it, the shape of the eight weeks before
        Map<String, TreeMap<LocalDate, double[]>> days = new HashMap<>();
        Map<String, TreeMap<LocalDate, double[]>> actualWeeks = new HashMap<>();
        Map<String, double[]> shape = new HashMap<>();
        for (DemoCentre.HistoryRow h : demo.history()) {
            var local = h.intervalStart().atZoneSameInstant(zones.get(h.queueCode()));
            LocalDate day = local.toLocalDate();
            double ahtWork = h.offered() * (h.ahtSeconds() == null ? 0 : h.ahtSeconds());
            if (day.isBefore(cutOff)) {
                double[] d = days.computeIfAbsent(h.queueCode(), k -> new TreeMap<>()).computeIfAbsent(day, k -> new double[3]);
                d[0] += h.offered();
                d[1] += ahtWork;
                d[2] += h.ahtSeconds() == null ? 0 : h.offered();
                if (!day.isBefore(cutOff.minusWeeks(8))) {
                    shape.computeIfAbsent(h.queueCode(), k -> new double[168])
                            [(day.getDayOfWeek().getValue() - 1) * 24 + local.getHour()] += h.offered();
                }
            } else if (day.isBefore(end)) {
                LocalDate week = cutOff.plusWeeks(ChronoUnit.WEEKS.between(cutOff, day));
                double[] w = actualWeeks.computeIfAbsent(h.queueCode(), k -> new TreeMap<>())
                        .computeIfAbsent(week, k -> new double[3]);
                w[0] += h.offered();
                w[1] += ahtWork;
                w[2] += h.ahtSeconds() == null ? 0 : h.offered();
            }
        }
        LongRangeForecaster forecaster = new LongRangeForecaster();
        List<QueueDemand> planned = new ArrayList<>();
        List<QueueDemand> actual = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Map<String, String> siteOf = new HashMap<>();
        for (DemoCentre.QueueSpec q : demo.queues()) {
            TreeMap<LocalDate, double[]> history = days.get(q.code());
            if (history == null || shape.get(q.code()) == null) {
                skipped.add(q.code());
                continue;
            }
            List<DailyTotal> totals = history.entrySet().stream().map(e -> new DailyTotal(e.getKey(), e.getValue()[0],
                    e.getValue()[2] > 0 ? e.getValue()[1] / e.getValue()[2] : null)).toList();
            List<LongRangeWeek> forecast;
            try {
                forecast = forecaster.forecast(new LongRangeRequest(q.code(), totals, cutOff, weeks, LongRangeTrend.DAMPED,
                        List.of())).weeks().stream().filter(w -> !w.weekStart().isBefore(cutOff)).limit(weeks).toList();
            } catch (IllegalArgumentException tooLittle) {
                skipped.add(q.code());
                continue;
            }
            double meanAht = totals.stream().filter(t -> t.ahtSeconds() != null).mapToDouble(DailyTotal::ahtSeconds)
                    .average().orElse(q.ahtSeconds());
            List<WeeklyDemand> plannedWeeks = new ArrayList<>();
            List<WeeklyDemand> actualDemand = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                LongRangeWeek f = forecast.get(w);
                double volume = Math.max(0, f.volume());
                plannedWeeks.add(new WeeklyDemand(settings.week(w), volume, Math.min(volume, Math.max(0, f.lower80())),
                        Math.max(volume, f.upper80()), f.ahtSeconds() > 0 ? f.ahtSeconds() : meanAht));
                double[] a = actualWeeks.getOrDefault(q.code(), new TreeMap<>()).getOrDefault(settings.week(w),
                        new double[3]);
                double aht = a[2] > 0 ? a[1] / a[2] : meanAht;
                actualDemand.add(new WeeklyDemand(settings.week(w), a[0], a[0], a[0], aht));
            }
            String site = demo.agents().stream().filter(a -> a.skillProficiency().containsKey(q.code()))
                    .map(DemoCentre.AgentSpec::homeSiteCode).findFirst().orElse("-");
            siteOf.put(q.code(), site);
            var model = CapacityBenchCommand.model(q.channel(), q.slTargetPercent(), q.slThresholdSeconds(),
                    q.chatConcurrency());
            double[] shares = CapacityBenchCommand.shares(shape.get(q.code()));
            planned.add(new QueueDemand(q.code(), site, model, shares, 60, plannedWeeks));
            actual.add(new QueueDemand(q.code(), site, model, shares, 60, actualDemand));
        }

        // the agents employed on the cut-off day, and the exits known then
        Map<String, Integer> minutes = new HashMap<>();
        demo.contracts().forEach(c -> minutes.put(c.code(), c.maxMinutesPerWeek()));
        List<SupplyAgent> agents = new ArrayList<>();
        List<Employment> known = new ArrayList<>();
        Map<String, LocalDate> exits = new HashMap<>();
        int employed = 0;
        for (DemoCentre.AgentSpec a : demo.agents()) {
            if (a.hireDate().isAfter(cutOff)) {
                continue;
            }
            boolean leftBefore = a.exitDate() != null && !a.exitDate().isAfter(cutOff);
            known.add(new Employment(a.employeeNumber(), a.hireDate(), leftBefore ? a.exitDate() : null, true,
                    leftBefore ? a.exitReason() : null, Map.of()));
            if (leftBefore) {
                continue;
            }
            employed++;
            if (a.exitDate() != null) {
                exits.put(a.employeeNumber(), a.exitDate());
            }
            List<Map.Entry<String, Double>> skills = a.skillProficiency().entrySet().stream()
                    .filter(e -> siteOf.containsKey(e.getKey())).toList();
            for (var e : skills) {
                agents.add(SupplyAgent.steady(a.employeeNumber(), e.getKey(), a.hireDate(),
                        minutes.get(a.contractCode()) / 60.0 / CapacityBenchCommand.HOURS_PER_FTE / skills.size(),
                        e.getValue()));
            }
        }
        LocalDate recordsFrom = known.stream().filter(e -> e.exitDate() != null).map(Employment::exitDate)
                .min(LocalDate::compareTo).orElse(cutOff.minusYears(2)).withDayOfMonth(1);
        List<BandHazard> hazards = HazardByTenure.fit(known, HazardByTenure.lastMonths(recordsFrom, cutOff, 24));
        CapacityPlan plan = CapacityPlanner.plan(new CapacityInput(settings, planned, agents, AttritionModel.of(hazards),
                List.of(), List.of()));

        // what the year needed and what that day's staff gave
        TreeMap<YearMonth, double[]> byMonth = new TreeMap<>();
        for (int qi = 0; qi < planned.size(); qi++) {
            QueueDemand q = actual.get(qi);
            QueuePlan p = plan.queues().get(qi);
            for (int w = 0; w < weeks; w++) {
                LocalDate week = settings.week(w);
                PlanWeek pw = p.weeks().get(w);
                WeeklyDemand d = q.weeks().get(w);
                double needed = CapacityPlanner.requiredFte(q, d.volume(), d.ahtSeconds(), settings.shrinkage(week),
                        settings.hoursPerFte());
                double staff = 0;
                for (SupplyAgent a : agents) {
                    LocalDate exit = exits.get(a.id());
                    if (a.queueCode().equals(q.queueCode()) && (exit == null || exit.isAfter(week))) {
                        staff += a.fte() * a.proficiencyOn(week);
                    }
                }
                double[] m = byMonth.computeIfAbsent(YearMonth.from(week), k -> new double[5]);
                m[0] += pw.requiredFte();
                m[1] += needed;
                m[2] += pw.existingFte();
                m[3] += staff;
                if (qi == 0) {
                    m[4]++;
                }
            }
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((month, m) -> months.add(new Month(month, (int) m[4], m[0] / m[4], m[1] / m[4], m[2] / m[4],
                m[3] / m[4])));
        return new Result(cutOff, weeks, employed, months, skipped);
    }
}
