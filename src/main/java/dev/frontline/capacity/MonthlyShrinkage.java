package dev.frontline.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.frontline.shared.text.Phrase;
import dev.frontline.staffing.EffectiveShrinkage;
import dev.frontline.staffing.ShrinkageSource;
import dev.frontline.staffing.ShrinkageTable;

/**
 * A queue's shrinkage for each calendar month of a plan: the paid time of an FTE that is not on contacts. Two parts:
 * <ul>
 * <li>while scheduled, the centre's shrinkage table (planned + unplanned, by queue and weekday, the most specific row
 * winning as in staffing): a month's figure is its days' shrinkage weighted by the share of the queue's contacts that
 * fall on each weekday, so a queue busy on Saturdays takes more of its Saturday row;</li>
 * <li>paid days off, which the table does not hold because nobody is scheduled on them: the contracts' leave
 * allowances spread evenly over the year's 261 working days, and the public holidays of the queue's country that fall
 * on weekdays of the month.</li>
 * </ul>
 * {@code 1 − (1 − scheduled) · (1 − days off)}: months differ by their holidays and their mix of weekdays. Where no
 * row of the table applies to any day of the queue the plan's constant is used whole, and the explanation says so.
 *
 * @param byMonth fractions, January first
 * @param note    where the figures came from, in planner words
 */
record MonthlyShrinkage(double[] byMonth, Phrase note) {

    /** Working days of a year over which leave allowances are spread (52 weeks of five days, and one). */
    static final double WORKDAYS_PER_YEAR = 261;

    static MonthlyShrinkage of(ShrinkageTable table, CapacitySources.Queue queue, double[] weekShape,
            LocalDate firstWeek, int weeks, double fallback, double leaveDaysPerYear, Set<LocalDate> holidays) {
        double[] byWeekday = new double[7];
        double contacts = 0;
        for (int h = 0; h < weekShape.length; h++) {
            byWeekday[h / 24] += weekShape[h];
            contacts += weekShape[h];
        }
        if (contacts <= 0) {
            // no history: every day weighs the same
            java.util.Arrays.fill(byWeekday, 1);
        }
        List<EffectiveShrinkage> week = table.week(queue.id());
        Set<ShrinkageSource> sources = EnumSet.noneOf(ShrinkageSource.class);
        for (int d = 0; d < 7; d++) {
            if (byWeekday[d] > 0) {
                sources.add(week.get(d).source());
            }
        }
        if (sources.equals(EnumSet.of(ShrinkageSource.NONE)) || sources.isEmpty()) {
            return new MonthlyShrinkage(dev.frontline.capacity.engine.PlanSettings.sameEveryMonth(fallback),
                    Phrase.of("capacity.shrinkage.constant", queue.name(), 100 * fallback));
        }
        double[] sum = new double[12];
        double[] weight = new double[12];
        double[] weekdays = new double[12];
        double[] holidaysOff = new double[12];
        int holidaysInPlan = 0;
        LocalDate end = firstWeek.plusWeeks(weeks);
        for (LocalDate day = firstWeek; day.isBefore(end); day = day.plusDays(1)) {
            DayOfWeek dow = day.getDayOfWeek();
            int m = day.getMonthValue() - 1;
            double w = byWeekday[dow.getValue() - 1];
            sum[m] += w * week.get(dow.getValue() - 1).totalPercent() / 100;
            weight[m] += w;
            if (dow.getValue() <= 5) {
                weekdays[m]++;
                if (holidays.contains(day)) {
                    holidaysOff[m]++;
                    holidaysInPlan++;
                }
            }
        }
        double leave = Math.min(0.5, leaveDaysPerYear / WORKDAYS_PER_YEAR);
        double[] byMonth = new double[12];
        double all = 0;
        double allWeight = 0;
        for (int m = 0; m < 12; m++) {
            all += sum[m];
            allWeight += weight[m];
        }
        double min = Double.MAX_VALUE;
        double max = 0;
        double scheduledMin = Double.MAX_VALUE;
        double scheduledMax = 0;
        for (int m = 0; m < 12; m++) {
            // a month outside a short plan takes the plan's average (it is never read)
            double scheduled = weight[m] > 0 ? sum[m] / weight[m] : all / allWeight;
            double daysOff = leave + (weekdays[m] > 0 ? holidaysOff[m] / weekdays[m] : 0);
            byMonth[m] = Math.min(0.99, 1 - (1 - scheduled) * (1 - daysOff));
            if (weight[m] > 0) {
                min = Math.min(min, byMonth[m]);
                max = Math.max(max, byMonth[m]);
                scheduledMin = Math.min(scheduledMin, scheduled);
                scheduledMax = Math.max(scheduledMax, scheduled);
            }
        }
        List<Phrase> rows = new ArrayList<>();
        sources.stream().filter(s -> s != ShrinkageSource.NONE)
                .forEach(s -> rows.add(Phrase.of("shrinkage.source." + s.name())));
        return new MonthlyShrinkage(byMonth, Phrase.of("capacity.shrinkage.table", queue.name(), 100 * min, 100 * max,
                100 * scheduledMin, 100 * scheduledMax, rows, leaveDaysPerYear, holidaysInPlan));
    }
}
