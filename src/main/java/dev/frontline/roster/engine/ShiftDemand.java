package dev.frontline.roster.engine;

/**
 * Cover asked per day and shift type (centres that plan by shift, and the Curtois benchmark): {@code required} agents
 * on that shift, each missing one costing {@code underWeight}, each extra one {@code overWeight}.
 */
public final class ShiftDemand {

    private final int day;
    private final ShiftType shiftType;
    private final int required;
    private final int underWeight;
    private final int overWeight;

    public ShiftDemand(int day, ShiftType shiftType, int required, int underWeight, int overWeight) {
        if (required < 0 || underWeight < 0 || overWeight < 0) {
            throw new IllegalArgumentException("cover on day " + day + ", shift '" + shiftType.id()
                    + "': requirement and weights must not be negative");
        }
        this.day = day;
        this.shiftType = shiftType;
        this.required = required;
        this.underWeight = underWeight;
        this.overWeight = overWeight;
    }

    public int day() {
        return day;
    }

    public ShiftType shiftType() {
        return shiftType;
    }

    public int required() {
        return required;
    }

    public int underWeight() {
        return underWeight;
    }

    public int overWeight() {
        return overWeight;
    }

    @Override
    public String toString() {
        return "day " + day + " " + shiftType.id() + "=" + required;
    }
}
