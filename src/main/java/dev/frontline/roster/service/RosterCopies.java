package dev.frontline.roster.service;

import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.shared.text.Phrase;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.security.CurrentUser;

/**
 * New draft versions made from another version with its schedules handed to other agents (shift bidding gives each
 * line's shifts to the agent awarded it). The copy keeps every shift, template, time and place; only the agent
 * changes. Breaks are placed again and the score computed for the new owners (skills and proficiency differ), so the
 * draft goes through the normal publish flow like any other.
 */
@Service
public class RosterCopies {

    private final RosterStore store;
    private final CurrentUser currentUser;

    RosterCopies(RosterStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /**
     * A new draft over the source version's period whose shifts are the source's, each agent's schedule moved onto the
     * agent {@code agentMap} maps them to (source agent id → new agent id); source agents not in the map leave their
     * shifts out. Runs in the caller's transaction when there is one.
     */
    @PreAuthorize("hasRole('PLANNER')")
    @Transactional
    public RosterVersionSummary copyWithAgents(long sourceVersionId, String name, Map<Long, Long> agentMap) {
        RosterVersionSummary source = store.version(sourceVersionId);
        if (source.status() == RosterStatus.ARCHIVED) {
            throw new RosterInputException(Phrase.of("roster.error.archived", source.name()));
        }
        if (agentMap.values().stream().distinct().count() != agentMap.size()) {
            throw new IllegalArgumentException("two schedules cannot go to the same agent");
        }
        long copy = store.versions().insertDraft(name, source.firstDay(), source.lastDay(), null,
                source.requirementVersionIds(), source.solverConfig(), currentUser.require().getUsername());
        store.versions().copyShiftsRemapped(sourceVersionId, copy, agentMap);
        // sessions stay with people who keep their own schedule; the others are placed again when the copy is solved
        store.training().copySessions(sourceVersionId, copy, agentMap);
        LoadedRoster loaded = store.load(copy);
        store.save(copy, loaded.scenario(), loaded.roster(), null);
        return store.version(copy);
    }
}
