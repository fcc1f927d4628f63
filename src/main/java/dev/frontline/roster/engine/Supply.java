package dev.frontline.roster.engine;

/** What one working agent-day adds to one interval demand, in thousandths of an agent. */
public record Supply(IntervalDemand demand, int milli) {
}
