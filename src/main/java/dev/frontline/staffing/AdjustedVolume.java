package dev.frontline.staffing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import dev.frontline.forecast.StoredAdjustment;
import dev.frontline.forecast.StoredInterval;
import dev.frontline.forecast.engine.AdjustedForecast;
import dev.frontline.forecast.engine.Adjustment;
import dev.frontline.forecast.engine.AdjustmentType;
import dev.frontline.forecast.engine.IntervalForecast;
import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.QueueForecast;

/**
 * Applies a forecast version's stored adjustments with the forecast engine's own adjustment layer, so staffing sees
 * exactly the adjusted volume the forecast screens show. Stored adjustments are instant ranges; the engine's are
 * per local day, so a range is cut at the queue's local midnights (an absolute amount over several days is shared
 * in proportion to each day's volume at that point, which is what the engine does within a day).
 */
final class AdjustedVolume {

    private AdjustedVolume() {
    }

    /** Offered volume per stored interval (same order), after the adjustments. */
    static double[] apply(String queueCode, int grainMinutes, ZoneId zone, List<StoredInterval> stored,
                          List<StoredAdjustment> adjustments) {
        List<IntervalForecast> model = new ArrayList<>(stored.size());
        for (StoredInterval s : stored) {
            LocalDateTime local = s.start().atZone(zone).toLocalDateTime();
            model.add(new IntervalForecast(local.toLocalDate(), local.toLocalTime(), s.offered(),
                    s.ahtSeconds() == null ? 0 : s.ahtSeconds(), s.lower80(), s.upper80(), s.lower95(), s.upper95()));
        }
        QueueForecast forecast = new QueueForecast(queueCode, grain(grainMinutes), model, List.of(), null, List.of());
        List<Adjustment> engineAdjustments = new ArrayList<>();
        for (StoredAdjustment stored1 : adjustments) {
            List<Segment> segments = segments(stored1, zone).stream().filter(seg -> seg.hits(model)).toList();
            if (segments.isEmpty()) {
                // let the engine report it in its own words ("matches no forecast interval")
                segments = segments(stored1, zone).subList(0, 1);
            }
            if (stored1.type() == AdjustmentType.ABSOLUTE && segments.size() > 1) {
                List<IntervalForecast> current = AdjustedForecast.apply(forecast, engineAdjustments).adjustedIntervals();
                double[] weights = new double[segments.size()];
                double total = 0;
                for (int k = 0; k < segments.size(); k++) {
                    weights[k] = segments.get(k).volume(current);
                    total += weights[k];
                }
                for (int k = 0; k < segments.size(); k++) {
                    double share = total > 0 ? weights[k] / total : (double) segments.get(k).count(current) / countAll(segments, current);
                    engineAdjustments.add(segments.get(k).toAdjustment(AdjustmentType.ABSOLUTE, stored1.amount() * share, stored1.reason()));
                }
            } else {
                AdjustmentType type = stored1.type();
                for (Segment seg : segments) {
                    engineAdjustments.add(seg.toAdjustment(type, stored1.amount(), stored1.reason()));
                }
            }
        }
        List<IntervalForecast> adjusted = AdjustedForecast.apply(forecast, engineAdjustments).adjustedIntervals();
        return adjusted.stream().mapToDouble(IntervalForecast::offered).toArray();
    }

    private static int countAll(List<Segment> segments, List<IntervalForecast> intervals) {
        return segments.stream().mapToInt(s -> s.count(intervals)).sum();
    }

    private static IntervalGrain grain(int minutes) {
        for (IntervalGrain g : IntervalGrain.values()) {
            if (g.minutes() == minutes) {
                return g;
            }
        }
        throw new IllegalArgumentException("forecast grain: " + minutes + " minutes is not 15, 30 or 60");
    }

    /** The part of an adjustment on one local day; null times mean the whole day. */
    private record Segment(LocalDate date, LocalTime from, LocalTime to) {

        boolean covers(IntervalForecast f) {
            return f.date().equals(date) && (from == null || (!f.start().isBefore(from) && f.start().isBefore(to)));
        }

        boolean hits(List<IntervalForecast> intervals) {
            return intervals.stream().anyMatch(this::covers);
        }

        double volume(List<IntervalForecast> intervals) {
            return intervals.stream().filter(this::covers).mapToDouble(IntervalForecast::offered).sum();
        }

        int count(List<IntervalForecast> intervals) {
            return (int) intervals.stream().filter(this::covers).count();
        }

        Adjustment toAdjustment(AdjustmentType type, double value, String reason) {
            return new Adjustment(date, from, to, type, value, reason);
        }
    }

    private static List<Segment> segments(StoredAdjustment a, ZoneId zone) {
        ZonedDateTime from = a.appliesFrom().atZone(zone);
        ZonedDateTime to = a.appliesTo().atZone(zone);
        List<Segment> out = new ArrayList<>();
        LocalDate day = from.toLocalDate();
        while (true) {
            ZonedDateTime dayStart = day.atStartOfDay(zone);
            ZonedDateTime nextDay = day.plusDays(1).atStartOfDay(zone);
            ZonedDateTime segFrom = from.isAfter(dayStart) ? from : dayStart;
            ZonedDateTime segTo = to.isBefore(nextDay) ? to : nextDay;
            if (segFrom.isBefore(segTo)) {
                boolean wholeDay = segFrom.equals(dayStart) && segTo.equals(nextDay);
                out.add(wholeDay ? new Segment(day, null, null)
                        : new Segment(day, segFrom.toLocalTime(), segTo.equals(nextDay) ? LocalTime.MAX : segTo.toLocalTime()));
            }
            if (!to.isAfter(nextDay)) {
                return out;
            }
            day = day.plusDays(1);
        }
    }
}
