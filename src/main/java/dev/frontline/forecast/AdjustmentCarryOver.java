package dev.frontline.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.frontline.forecast.persistence.ForecastAdjustmentRepository;
import dev.frontline.forecast.persistence.ForecastQueueRepository;
import dev.frontline.forecast.persistence.ForecastVersionRepository;

/**
 * Carries the planner's work to a new version: the adjustments of the queue's previous version are copied onto the new
 * one, in their order, each marked with the version it came from. They are stored as what they do (a % or a number of
 * contacts over a range), so they apply to the new model figures. An adjustment outside the new horizon, or one the
 * new forecast cannot take (the queue closed there, or more contacts removed than are now forecast), stays behind and
 * the outcome says why. Events need no carrying: they belong to the queue and every run reads them.
 */
@Component
class AdjustmentCarryOver {

    /**
     * @param fromVersion the version the adjustments came from
     * @param carried     how many were copied
     * @param leftBehind  one line per adjustment that was not, with the reason
     */
    record Outcome(long fromVersion, int carried, List<String> leftBehind) {
    }

    private final ForecastQueueRepository queues;
    private final ForecastVersionRepository versions;
    private final ForecastAdjustmentRepository adjustments;

    AdjustmentCarryOver(ForecastQueueRepository queues, ForecastVersionRepository versions,
                        ForecastAdjustmentRepository adjustments) {
        this.queues = queues;
        this.versions = versions;
        this.adjustments = adjustments;
    }

    /** Copies the previous version's adjustments onto the new version; empty when there was nothing to carry. */
    Optional<Outcome> carry(long newVersionId) {
        ForecastVersionSummary version = versions.find(newVersionId).orElseThrow();
        Optional<ForecastVersionSummary> previous = versions.previous(version.queueId(), newVersionId);
        if (previous.isEmpty() || previous.get().adjustments() == 0) {
            return Optional.empty();
        }
        long from = previous.get().id();
        ForecastQueue queue = queues.byId(version.queueId()).orElseThrow();
        VersionForecast forecast = new VersionForecast(queue, version, versions.intervals(newVersionId));
        List<StoredAdjustment> accepted = new ArrayList<>();
        List<String> leftBehind = new ArrayList<>();
        for (StoredAdjustment a : adjustments.of(from)) {
            String label = a.date() + (a.wholeDay() ? "" : " " + a.from() + "–" + a.to()) + " (" + a.reason() + ")";
            if (a.date().isBefore(version.horizonStart()) || !a.date().isBefore(version.horizonEnd())) {
                leftBehind.add(label + ": outside the new horizon");
                continue;
            }
            StoredAdjustment candidate = new StoredAdjustment(0, newVersionId, a.appliesFrom(), a.appliesTo(), a.date(),
                    a.from(), a.to(), a.type(), a.amount(), a.reason(), a.createdBy(), null, from);
            try {
                ForecastAdjustmentService.checkAgainstForecast(forecast, accepted, candidate);
            } catch (IllegalArgumentException refused) {
                leftBehind.add(label + ": " + refused.getMessage());
                continue;
            }
            adjustments.insert(newVersionId, a.appliesFrom(), a.appliesTo(), a.type(), a.amount(), a.reason(), a.createdBy(), from);
            accepted.add(candidate);
        }
        return Optional.of(new Outcome(from, accepted.size(), leftBehind));
    }
}
