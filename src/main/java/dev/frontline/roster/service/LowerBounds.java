package dev.frontline.roster.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.frontline.roster.engine.RosterLowerBound;

/**
 * The LP lower bound of a version's under-coverage after breaks ({@link RosterLowerBound#afterBreaks}): how close any
 * roster of its problem could come, beside what the saved roster reaches. The relaxation takes seconds to a minute on
 * a centre the size of the demo's, too long for a page or a GET to wait on, so the first read starts it on one
 * background thread and gets null ("being computed"); later reads get the figure. It depends on the problem (agents,
 * contracts, availability, requirements), not on the roster solved, so solving does not invalidate it; it is
 * recomputed after {@link #MAX_AGE}, as master data may change under the version.
 */
@Component
class LowerBounds {

    private static final Logger LOG = LoggerFactory.getLogger(LowerBounds.class);
    static final Duration MAX_AGE = Duration.ofHours(1);

    private final RosterStore store;
    private final Clock clock;
    private final Map<Long, Entry> bounds = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "roster-lower-bound");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    /** A bound being computed ({@code percent} null) or computed, for the requirement versions it was computed on. */
    private record Entry(List<Long> requirementVersions, Instant at, Double percent) {
    }

    LowerBounds(RosterStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The bound in percent of the required agent-hours (two decimals), or null while it is being computed (the first
     * call starts it) or when the version cannot be read back into the engine.
     */
    Double afterBreaksPercent(RosterVersionSummary version) {
        Instant now = clock.instant();
        Entry known = bounds.get(version.id());
        // one still being computed is waited for, unless it failed (then it is tried again after MAX_AGE)
        if (known != null && Objects.equals(known.requirementVersions(), version.requirementVersionIds())
                && known.at().plus(MAX_AGE).isAfter(now)) {
            return known.percent();
        }
        Entry started = new Entry(version.requirementVersionIds(), now, null);
        if (known == null ? bounds.putIfAbsent(version.id(), started) == null : bounds.replace(version.id(), known, started)) {
            worker.submit(() -> compute(version.id(), started));
        }
        return null;
    }

    private void compute(long versionId, Entry started) {
        try {
            RosterLowerBound.Bound bound = RosterLowerBound.afterBreaks(store.load(versionId).roster());
            double percent = Math.round(bound.undercoveragePercent() * 100) / 100.0;
            bounds.replace(versionId, started, new Entry(started.requirementVersions(), clock.instant(), percent));
        } catch (RuntimeException e) {
            // a version whose master data changed cannot be loaded; its insight says so, the bound stays unknown
            LOG.info("No lower bound for roster version {}: {}", versionId, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
