package dev.frontline.capacity.engine;

import java.util.List;

/**
 * A queue's weekly demand and how it spreads over the week: {@code weekShares} are the shares of a week's volume in
 * each open interval of {@code intervalMinutes} (they sum to 1), so each week's Erlang sizing sees the week's real
 * peaks rather than an average hour.
 */
public record QueueDemand(String queueCode, String siteCode, QueueModel model, double[] weekShares, int intervalMinutes,
        List<WeeklyDemand> weeks) {

    public QueueDemand {
        if (queueCode == null || queueCode.isBlank()) {
            throw new CapacityInputException("queueCode", "missing");
        }
        if (intervalMinutes < 1 || intervalMinutes > 24 * 60) {
            throw new CapacityInputException("intervalMinutes", "between 1 and 1440, got " + intervalMinutes);
        }
        double sum = 0;
        for (double s : weekShares) {
            if (!(s >= 0)) {
                throw new CapacityInputException("weekShares", "a share of the week is negative: " + s);
            }
            sum += s;
        }
        if (weekShares.length == 0 || Math.abs(sum - 1) > 1e-6) {
            throw new CapacityInputException("weekShares", "the shares of the week's open intervals must sum to 1, got " + sum);
        }
        weekShares = weekShares.clone();
        weeks = List.copyOf(weeks);
    }

    /** {@code intervals} equal shares: a flat week (tests, and queues without history). */
    public static double[] flat(int intervals) {
        double[] shares = new double[intervals];
        java.util.Arrays.fill(shares, 1.0 / intervals);
        return shares;
    }

    public QueueDemand withWeeks(List<WeeklyDemand> newWeeks) {
        return new QueueDemand(queueCode, siteCode, model, weekShares, intervalMinutes, newWeeks);
    }

    public QueueDemand withModel(QueueModel newModel) {
        return new QueueDemand(queueCode, siteCode, newModel, weekShares, intervalMinutes, weeks);
    }
}
