package dev.frontline.quality.planactual.engine;

import java.util.List;

/**
 * One part of a service gap, for the planner: a code the UI words from the bundles and its arguments, plus the
 * effect on the service measure (percentage points of service level, or hours of response) and whether it hurt.
 *
 * <p>Codes and arguments: {@code VOLUME_ABOVE}/{@code VOLUME_BELOW} [percent off the forecast over the period, interval WAPE percent], {@code AHT_ABOVE}/
 * {@code AHT_BELOW} [percent off the forecast AHT], {@code STAFF_FEWER}/{@code STAFF_MORE} [agents against the plan,
 * mean over open intervals], {@code PLAN_SHORT}/{@code PLAN_OVER} [the service the plan itself expected],
 * {@code MODEL} [] (what the model does not explain: the measured service against the model fed with every actual).
 */
public record GapReason(String code, List<Double> args, double effect, boolean harmful) {

    public GapReason {
        args = List.copyOf(args);
    }
}
