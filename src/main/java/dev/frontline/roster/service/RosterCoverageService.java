package dev.frontline.roster.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.shared.text.Phrase;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterSolver;

/**
 * Coverage of published rosters for those who measure plan against actual (planners and HR), and a solve on the
 * caller's thread for batch work (the demo's past rosters). The coverage is the roster screen's own
 * ({@link CoverageGrid}): agents present after breaks, allocated to their queues, up to each queue's requirement.
 */
@Service
public class RosterCoverageService {

    /** One queue's 15-minute interval of a published roster: the roster's requirement and the agents it scheduled. */
    public record Cell(String queueCode, Instant start, double required, double scheduled) {
    }

    /** A published roster's period and its coverage cells. */
    public record PublishedCoverage(RosterVersionSummary version, List<Cell> cells) {
    }

    private final RosterStore store;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    RosterCoverageService(RosterStore store) {
        this.store = store;
    }

    private record Cached(OffsetDateTime updatedAt, PublishedCoverage coverage) {
    }

    /**
     * Every published roster sharing a day with {@code from .. to} and its coverage; a version's coverage is computed
     * once while it is unchanged (reading a roster back costs about a second).
     */
    @PreAuthorize("hasAnyRole('PLANNER', 'HR')")
    public List<PublishedCoverage> publishedCoverage(LocalDate from, LocalDate to) {
        List<PublishedCoverage> result = new ArrayList<>();
        for (RosterVersionSummary version : store.versions().publishedOverlapping(from, to)) {
            Cached cached = cache.get(version.id());
            if (cached == null || !cached.updatedAt().equals(version.updatedAt())) {
                cached = new Cached(version.updatedAt(), coverage(version));
                cache.put(version.id(), cached);
            }
            result.add(cached.coverage());
        }
        return result;
    }

    private PublishedCoverage coverage(RosterVersionSummary version) {
        LoadedRoster loaded = store.load(version.id());
        RosterScenario scenario = loaded.scenario();
        List<Cell> cells = new ArrayList<>();
        for (CoverageGrid.Cell c : CoverageGrid.of(loaded.roster()).cells()) {
            cells.add(new Cell(c.queue(), scenario.instant(c.day(), c.minuteOfDay()).toInstant(), c.required(), c.scheduled()));
        }
        return new PublishedCoverage(version, List.copyOf(cells));
    }

    /**
     * Solves a draft on the caller's thread for at most {@code spentLimit} (the quick preset's start and local search,
     * seeded, so the same data give the same roster) and saves the best roster as its content.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public RosterVersionSummary solveNow(long versionId, Duration spentLimit) {
        RosterVersionSummary version = store.version(versionId);
        if (version.status() != dev.frontline.db.enums.RosterStatus.DRAFT) {
            throw new RosterInputException("solve", Phrase.of("roster.error.solve-draft", version.name(),
                    Phrase.of("roster.status." + version.status().name())));
        }
        LoadedRoster loaded = store.load(versionId);
        RosterSolver solver = new RosterSolver(RosterSolver.config(RosterSolver.QUICK, spentLimit, spentLimit, 0L));
        RosterSolver.Outcome outcome = solver.solve(loaded.roster(), null);
        Roster best = outcome.roster();
        store.save(versionId, loaded.scenario(), best, outcome.millisSpent() / 1000.0);
        return store.version(versionId);
    }
}
