package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.forecast.engine.AdjustedForecast;
import dev.frontline.forecast.engine.AdjustedInterval;
import dev.frontline.forecast.engine.AdjustmentType;
import dev.frontline.forecast.persistence.ForecastAdjustmentRepository;
import dev.frontline.forecast.persistence.ForecastQueueRepository;
import dev.frontline.forecast.persistence.ForecastVersionRepository;
import dev.frontline.security.CurrentUser;

/**
 * Planner adjustments on a saved version. They are a layer: the model rows of the version are never written, and
 * both the model and the adjusted forecast stay visible. Every input is checked before anything is written, and a
 * refusal names the field and says why.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PLANNER')")
public class ForecastAdjustmentService {

    static final double MAX_PERCENT = 1000;
    static final int MAX_REASON_LENGTH = 500;

    private final ForecastQueueRepository queues;
    private final ForecastVersionRepository versions;
    private final ForecastAdjustmentRepository adjustments;
    private final CurrentUser currentUser;

    ForecastAdjustmentService(ForecastQueueRepository queues, ForecastVersionRepository versions,
                              ForecastAdjustmentRepository adjustments, CurrentUser currentUser) {
        this.queues = queues;
        this.versions = versions;
        this.adjustments = adjustments;
        this.currentUser = currentUser;
    }

    /** Checks and saves one adjustment; it applies after the version's earlier adjustments. */
    public StoredAdjustment add(long versionId, AdjustmentInput input) {
        String user = currentUser.require().getUsername();
        ForecastVersionSummary version = versions.find(versionId).orElseThrow(() -> new ForecastInputException("version",
                "forecast.error.version-unknown", "no forecast version " + versionId, versionId));
        ForecastQueue queue = queues.byId(version.queueId()).orElseThrow();
        checkFields(version, input);
        VersionForecast forecast = new VersionForecast(queue, version, versions.intervals(versionId));
        List<StoredAdjustment> earlier = adjustments.of(versionId);
        Instant from = input.from() == null ? LocalGrid.startOfDay(input.date(), queue.zone())
                : input.date().atTime(input.from()).atZone(queue.zone()).toInstant();
        Instant to = input.to() == null || input.to().equals(LocalTime.MIDNIGHT)
                ? LocalGrid.startOfDay(input.date().plusDays(1), queue.zone())
                : input.date().atTime(input.to()).atZone(queue.zone()).toInstant();
        String reason = input.reason().trim();
        StoredAdjustment candidate = new StoredAdjustment(0, versionId, from, to, input.date(), input.from(), input.to(),
                input.type(), input.value(), reason, user, null, null);
        checkAgainstForecast(forecast, earlier, candidate);
        long id = adjustments.insert(versionId, from, to, input.type(), input.value(), reason, user, null);
        return adjustments.of(versionId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    /** Removes one adjustment; the forecast falls back to the model (and the other adjustments) there. */
    public void remove(long versionId, long adjustmentId) {
        if (!adjustments.delete(versionId, adjustmentId)) {
            throw new ForecastInputException("adjustment", "forecast.adjust.error.unknown",
                    "no adjustment " + adjustmentId + " on version " + versionId, adjustmentId);
        }
    }

    private static void checkFields(ForecastVersionSummary version, AdjustmentInput input) {
        if (input.reason() == null || input.reason().isBlank()) {
            throw new ForecastInputException("reason", "forecast.adjust.error.reason-required", "a reason is required");
        }
        if (input.reason().trim().length() > MAX_REASON_LENGTH) {
            throw new ForecastInputException("reason", "forecast.adjust.error.reason-too-long",
                    "the reason is longer than " + MAX_REASON_LENGTH + " characters", MAX_REASON_LENGTH);
        }
        LocalDate date = input.date();
        if (date == null) {
            throw new ForecastInputException("date", "forecast.adjust.error.date-required", "choose the day to adjust");
        }
        if (date.isBefore(version.horizonStart()) || !date.isBefore(version.horizonEnd())) {
            throw new ForecastInputException("date", "forecast.adjust.error.outside-horizon",
                    date + " is outside the forecast horizon " + version.horizonStart() + " to " + version.lastDay(),
                    date, version.horizonStart(), version.lastDay());
        }
        if (input.type() == null) {
            throw new ForecastInputException("type", "forecast.adjust.error.type-required", "choose % or contacts");
        }
        Double value = input.value();
        if (value == null || !Double.isFinite(value)) {
            throw new ForecastInputException("value", "forecast.adjust.error.value-required", "enter the change");
        }
        if (value == 0) {
            throw new ForecastInputException("value", "forecast.adjust.error.value-zero", "a change of 0 changes nothing");
        }
        if (input.type() == AdjustmentType.PERCENT && value <= -100) {
            throw new ForecastInputException("value", "forecast.adjust.error.percent-too-low",
                    value + " % would remove all contacts or more; a percentage must be above -100 %", value);
        }
        if (input.type() == AdjustmentType.PERCENT && value > MAX_PERCENT) {
            throw new ForecastInputException("value", "forecast.adjust.error.percent-too-high",
                    value + " % is above the limit of " + MAX_PERCENT + " %", value, MAX_PERCENT);
        }
        if (input.type() == AdjustmentType.ABSOLUTE && Math.abs(value) >= 1e8) {
            throw new ForecastInputException("value", "forecast.adjust.error.absolute-too-large",
                    value + " contacts is too large", value);
        }
        if ((input.from() == null) != (input.to() == null)) {
            throw new ForecastInputException(input.from() == null ? "from" : "to", "forecast.adjust.error.range-incomplete",
                    "give both the start and the end of the range, or neither for the whole day");
        }
        if (input.from() != null) {
            checkOnGrain("from", input.from(), version.grainMinutes());
            checkOnGrain("to", input.to(), version.grainMinutes());
            boolean endOfDay = input.to().equals(LocalTime.MIDNIGHT);
            if (!endOfDay && !input.to().isAfter(input.from())) {
                throw new ForecastInputException("to", "forecast.adjust.error.range-order",
                        "the end " + input.to() + " is not after the start " + input.from(), input.from(), input.to());
            }
        }
    }

    private static void checkOnGrain(String field, LocalTime time, int grainMinutes) {
        if (time.getSecond() != 0 || time.getNano() != 0 || (time.getHour() * 60 + time.getMinute()) % grainMinutes != 0) {
            throw new ForecastInputException(field, "forecast.adjust.error.off-grain",
                    time + " is not on the " + grainMinutes + "-minute grid of this forecast", time, grainMinutes);
        }
    }

    /**
     * The range must hit open forecast intervals, and contacts removed must exist there. Also the test an adjustment
     * carried to a new version must pass there ({@link AdjustmentCarryOver}).
     */
    static void checkAgainstForecast(VersionForecast forecast, List<StoredAdjustment> earlier,
                                             StoredAdjustment candidate) {
        AdjustedForecast current = forecast.adjusted(earlier);
        var engineAdjustment = VersionForecast.toEngine(candidate);
        double inRange = 0;
        int hit = 0;
        for (AdjustedInterval i : current.intervals()) {
            var f = i.adjusted();
            if (f.date().equals(candidate.date()) && (candidate.wholeDay()
                    || (!f.start().isBefore(engineAdjustment.from()) && f.start().isBefore(engineAdjustment.to())))) {
                inRange += f.offered();
                hit++;
            }
        }
        if (hit == 0) {
            throw new ForecastInputException(candidate.wholeDay() ? "date" : "from", "forecast.adjust.error.no-intervals",
                    "the queue is closed then: no forecast interval on " + candidate.date()
                            + (candidate.wholeDay() ? "" : " from " + candidate.from() + " to " + candidate.to()),
                    candidate.date());
        }
        if (candidate.type() == AdjustmentType.ABSOLUTE && candidate.amount() < 0 && -candidate.amount() > inRange + 1e-9) {
            throw new ForecastInputException("value", "forecast.adjust.error.removes-too-much",
                    String.format(Locale.ROOT, "removing %.1f contacts is more than the %.1f forecast in that range",
                            -candidate.amount(), inRange), -candidate.amount(), inRange);
        }
        List<StoredAdjustment> all = new ArrayList<>(earlier);
        all.add(candidate);
        // The engine's own layer is the last word: it must accept the adjustments as they will be stored.
        forecast.adjusted(all);
    }
}
