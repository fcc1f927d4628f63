package dev.frontline.roster.engine;

/** An approved day off (leave, fixed day off) on which the agent may not work. */
public record TimeOff(Agent agent, int day, String reason) {
}
