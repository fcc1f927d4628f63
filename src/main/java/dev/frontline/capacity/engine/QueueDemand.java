package dev.frontline.capacity.engine;

import java.util.List;

import dev.frontline.shared.text.Phrase;

/**
 * A queue's weekly demand and how it spreads over the week: {@code weekShares} are the shares of a week's volume in
 * each open interval of {@code intervalMinutes} (they sum to 1), so each week's Erlang sizing sees the week's real
 * peaks rather than an average hour. {@code shrinkageByMonth} (January first) is the queue's own shrinkage, null for
 * the plan's; {@code seats} the office seats that bound its supply, null for none.
 */
public record QueueDemand(String queueCode, String siteCode, QueueModel model, double[] weekShares, int intervalMinutes,
        List<WeeklyDemand> weeks, double[] shrinkageByMonth, OfficeSeats seats) {

    public QueueDemand(String queueCode, String siteCode, QueueModel model, double[] weekShares, int intervalMinutes,
            List<WeeklyDemand> weeks) {
        this(queueCode, siteCode, model, weekShares, intervalMinutes, weeks, null, null);
    }

    public QueueDemand {
        if (queueCode == null || queueCode.isBlank()) {
            throw new CapacityInputException("queueCode", Phrase.of("capacity.error.queue-required"));
        }
        if (intervalMinutes < 1 || intervalMinutes > 24 * 60) {
            throw new CapacityInputException("intervalMinutes", Phrase.of("capacity.input.interval-minutes", intervalMinutes));
        }
        double sum = 0;
        for (double s : weekShares) {
            if (!(s >= 0)) {
                throw new CapacityInputException("weekShares", Phrase.of("capacity.input.share-negative", s));
            }
            sum += s;
        }
        if (weekShares.length == 0 || Math.abs(sum - 1) > 1e-6) {
            throw new CapacityInputException("weekShares", Phrase.of("capacity.input.shares-sum", sum));
        }
        weekShares = weekShares.clone();
        weeks = List.copyOf(weeks);
        if (shrinkageByMonth != null) {
            // the plan's own rules: twelve months, each in [0 %, 100 %)
            shrinkageByMonth = new PlanSettings(PlanSettings.MONDAY_2000, 1, 40, shrinkageByMonth).shrinkageByMonth();
        }
    }

    /** Shrinkage of the month the week starts in: the queue's own, or the plan's. */
    public double shrinkage(PlanSettings settings, java.time.LocalDate weekStart) {
        return shrinkageByMonth == null ? settings.shrinkage(weekStart) : shrinkageByMonth[weekStart.getMonthValue() - 1];
    }

    /** {@code intervals} equal shares: a flat week (tests, and queues without history). */
    public static double[] flat(int intervals) {
        double[] shares = new double[intervals];
        java.util.Arrays.fill(shares, 1.0 / intervals);
        return shares;
    }

    public QueueDemand withWeeks(List<WeeklyDemand> newWeeks) {
        return new QueueDemand(queueCode, siteCode, model, weekShares, intervalMinutes, newWeeks, shrinkageByMonth, seats);
    }

    public QueueDemand withShrinkage(double[] byMonth) {
        return new QueueDemand(queueCode, siteCode, model, weekShares, intervalMinutes, weeks, byMonth, seats);
    }

    public QueueDemand withSeats(OfficeSeats newSeats) {
        return new QueueDemand(queueCode, siteCode, model, weekShares, intervalMinutes, weeks, shrinkageByMonth, newSeats);
    }

    public QueueDemand withModel(QueueModel newModel) {
        return new QueueDemand(queueCode, siteCode, newModel, weekShares, intervalMinutes, weeks, shrinkageByMonth, seats);
    }
}
