package dev.frontline.staffing;

import java.time.DayOfWeek;

import dev.frontline.staffing.engine.Shrinkage;

/** The shrinkage that applies to a queue on a weekday, and the row it comes from. */
public record EffectiveShrinkage(DayOfWeek weekday, double plannedPercent, double unplannedPercent, ShrinkageSource source) {

    public double totalPercent() {
        return plannedPercent + unplannedPercent;
    }

    /** The engine's view: planned as one item plus unplanned, as fractions. */
    public Shrinkage toEngine() {
        return new Shrinkage(plannedPercent == 0 ? java.util.Map.of() : java.util.Map.of("planned", plannedPercent / 100),
                unplannedPercent / 100);
    }
}
