package dev.frontline.roster.engine;

/** Where a training session goes: a day of the horizon and the minute of that day it starts. */
public record TrainingSlot(int day, int startMinute) {

    /** Minutes from the horizon start to the session start. */
    public int startOfHorizon() {
        return day * 24 * 60 + startMinute;
    }
}
