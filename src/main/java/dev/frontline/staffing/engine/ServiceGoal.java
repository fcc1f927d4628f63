package dev.frontline.staffing.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.frontline.shared.text.Phrase;

/**
 * What a real-time queue must achieve: a service level (a fraction of contacts answered within a threshold), an
 * optional ASA ceiling and an occupancy cap. All proportions are fractions (0.8 means 80 %).
 *
 * @param serviceLevel     fraction of offered contacts to answer within {@code thresholdSeconds}, 0–1
 * @param thresholdSeconds the "Y" of "X % in Y seconds"
 * @param maxOccupancy     highest acceptable occupancy, greater than 0 and at most 1 (1 = no cap)
 * @param maxAsaSeconds    optional ceiling on the average speed of answer
 */
public record ServiceGoal(double serviceLevel, double thresholdSeconds, double maxOccupancy, OptionalDouble maxAsaSeconds) {

    /** What {@link #firstUnmet} reports when the agents cannot keep up with the offered load at all. */
    public static final String UNSTABLE = "stability";

    public ServiceGoal {
        InputCheck.fraction("service level target", serviceLevel, true);
        InputCheck.nonNegative("service level threshold (seconds)", thresholdSeconds);
        InputCheck.fraction("max occupancy", maxOccupancy, false);
        if (maxAsaSeconds == null) {
            maxAsaSeconds = OptionalDouble.empty();
        }
        maxAsaSeconds.ifPresent(v -> InputCheck.nonNegative("ASA goal (seconds)", v));
    }

    /** "X % in Y seconds" with no occupancy cap and no ASA goal. */
    public static ServiceGoal of(double serviceLevelPercent, double thresholdSeconds) {
        return new ServiceGoal(serviceLevelPercent / 100, thresholdSeconds, 1, OptionalDouble.empty());
    }

    public ServiceGoal withMaxOccupancyPercent(double percent) {
        return new ServiceGoal(serviceLevel, thresholdSeconds, percent / 100, maxAsaSeconds);
    }

    public ServiceGoal withMaxAsaSeconds(double seconds) {
        return new ServiceGoal(serviceLevel, thresholdSeconds, maxOccupancy, OptionalDouble.of(seconds));
    }

    /**
     * Which part of the goal the metrics miss ("service level", "ASA", "occupancy", or {@link #UNSTABLE}), or empty
     * when all are met.
     */
    public Optional<String> firstUnmet(QueueMetrics m) {
        if (!m.stable()) {
            return Optional.of(UNSTABLE);
        }
        // A tiny tolerance so a goal met exactly (e.g. 85.0 % occupancy) is not rejected by rounding noise.
        double eps = 1e-12;
        if (m.serviceLevel() + eps < serviceLevel) {
            return Optional.of("service level");
        }
        if (maxAsaSeconds.isPresent() && m.asaSeconds().orElseThrow() > maxAsaSeconds.getAsDouble() + eps) {
            return Optional.of("ASA");
        }
        if (m.occupancy() > maxOccupancy + eps) {
            return Optional.of("occupancy");
        }
        return Optional.empty();
    }

    public boolean isMetBy(QueueMetrics m) {
        return firstUnmet(m).isEmpty();
    }

    /** "SL ≥ 80 % in 20 s, ASA ≤ 30 s and occupancy ≤ 85 %" as a sentence of the bundles. */
    public Phrase phrase() {
        String key = "staffing.goal" + (maxAsaSeconds.isPresent() ? ".asa" : "") + (maxOccupancy < 1 ? ".occupancy" : "");
        java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of(serviceLevel * 100, thresholdSeconds));
        maxAsaSeconds.ifPresent(args::add);
        if (maxOccupancy < 1) {
            args.add(maxOccupancy * 100);
        }
        return new Phrase(key, args);
    }

    /** The bundle key of what one agent fewer would do: miss the service level, the ASA goal, ... */
    public static String bindingKey(String binding) {
        return "erlang.binding." + switch (binding) {
            case "service level" -> "sl";
            case "ASA" -> "asa";
            case "occupancy" -> "occupancy";
            case UNSTABLE -> "stability";
            default -> "none";
        };
    }

    /** "SL ≥ 80 % in 20 s, ASA ≤ 30 s and occupancy ≤ 85 %", for explanations. */
    public String describe() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "SL ≥ %s %% in %s s", pct(serviceLevel), num(thresholdSeconds)));
        maxAsaSeconds.ifPresent(a -> s.append(String.format(Locale.ROOT, ", ASA ≤ %s s", num(a))));
        if (maxOccupancy < 1) {
            s.append(String.format(Locale.ROOT, " and occupancy ≤ %s %%", pct(maxOccupancy)));
        }
        return s.toString();
    }

    static String pct(double fraction) {
        return num(fraction * 100);
    }

    static String num(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? String.valueOf((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
