package dev.frontline.roster.service;

import dev.frontline.roster.engine.Roster;

/** A saved version read back into the engine: its stored shifts assigned (pins kept) over today's master data. */
public record LoadedRoster(RosterVersionSummary version, RosterScenario scenario, Roster roster) {
}
