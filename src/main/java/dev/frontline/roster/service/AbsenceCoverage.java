package dev.frontline.roster.service;

/**
 * What an agent's absence on some days does to a published roster's coverage, after breaks as the score counts it:
 * unmet required agent-hours of the whole roster as published and with the agent's shifts on those days taken out,
 * the scheduled hours taken out, and the headroom: the fewest agents present beyond the centre's total requirement in
 * any interval of those shifts (the agent included; 1 or more means someone else's spare time is there).
 */
public record AbsenceCoverage(long rosterVersionId, double agentHours, double unmetHoursBefore, double unmetHoursAfter,
        double headroomAgents) {
}
