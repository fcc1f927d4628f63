package dev.frontline.roster.service;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.shared.text.Phrase;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.RosterExplainer;

/**
 * Changes agents make to a published roster themselves (a swap with a colleague, an open shift claimed): the published
 * version read back into the engine for the rule check, and the changed roster written back to the same version
 * (shifts, breaks re-placed, score). The caller checks the change against every rule and scopes what it reveals;
 * it holds the transaction (and a lock on the version) so that a check and its write see no other change between.
 */
@Service
public class PublishedRosterChanges {

    private final RosterStore store;

    PublishedRosterChanges(RosterStore store) {
        this.store = store;
    }

    /** The published version with its shifts as stored; refused for a draft or archived version. */
    @PreAuthorize("isAuthenticated()")
    public LoadedRoster loadPublished(long versionId) {
        RosterVersionSummary version = store.version(versionId);
        if (version.status() != RosterStatus.PUBLISHED) {
            throw new RosterInputException(Phrase.of("roster.error.not-published", version.name(),
                    Phrase.of("roster.status." + version.status().name())));
        }
        return store.load(versionId);
    }

    /** Writes the changed roster back to its published version, breaks and score redone. */
    @PreAuthorize("isAuthenticated()")
    public void save(LoadedRoster changed) {
        store.save(changed.version().id(), changed.scenario(), changed.roster(), changed.version().solvingSeconds());
    }

    /** The published version whose period holds the date, if any. */
    @PreAuthorize("isAuthenticated()")
    public java.util.Optional<RosterVersionSummary> publishedOn(java.time.LocalDate date) {
        return store.versions().list(RosterService.VERSION_LIST_LIMIT).stream()
                .filter(v -> v.status() == RosterStatus.PUBLISHED)
                .filter(v -> !date.isBefore(v.firstDay()) && !date.isAfter(v.lastDay()))
                .findFirst();
    }

    /** The published versions whose period ends on or after the date, earliest first. */
    @PreAuthorize("isAuthenticated()")
    public java.util.List<RosterVersionSummary> publishedFrom(java.time.LocalDate date) {
        return store.versions().list(RosterService.VERSION_LIST_LIMIT).stream()
                .filter(v -> v.status() == RosterStatus.PUBLISHED && !v.lastDay().isBefore(date))
                .sorted(java.util.Comparator.comparing(RosterVersionSummary::firstDay))
                .toList();
    }

    public RosterExplainer explainer() {
        return store.explainer();
    }
}
