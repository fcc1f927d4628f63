package dev.frontline.roster.service;

/** A repair draft and how many agent-days it freed for the solver (the rest stay pinned as published). */
public record RepairResult(RosterVersionSummary draft, int unpinnedAgentDays, int pinnedAgentDays, int changedDays) {
}
