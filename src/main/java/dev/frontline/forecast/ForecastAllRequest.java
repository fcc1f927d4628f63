package dev.frontline.forecast;

import java.util.List;

/**
 * One run for several queues: the queues (empty for every queue with history), the horizon and grain they share, each
 * queue starting the day after its own last history, whether the previous versions' adjustments are dropped, and
 * whether the follow-up step (requirements, when the staffing feature provides it) runs on every saved version.
 */
public record ForecastAllRequest(List<String> queueCodes, int horizonWeeks, int grainMinutes, boolean dropAdjustments,
                                 boolean followUp) {

    public ForecastAllRequest {
        queueCodes = queueCodes == null ? List.of() : List.copyOf(queueCodes);
    }
}
