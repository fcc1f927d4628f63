package dev.frontline.roster.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.TrainingSession;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;

/**
 * The training sessions rosters place, for HR and planners: those of the published rosters in a period, or of one
 * version (a draft), each with its coverage cost — the under-coverage after breaks the roster has with the session less
 * what it has with the session's people on the phones for its intervals (the session unplaced, everything else kept).
 */
@Service
public class RosterTrainingSessions {

    /** The longest period read at once: each published roster in it is read back and scored. */
    static final int MAX_DAYS = 93;

    private final RosterStore store;

    RosterTrainingSessions(RosterStore store) {
        this.store = store;
    }

    /** Sessions of the published rosters that fall on the days {@code from .. to}, by start. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    public List<RosterTrainingSession> published(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new RefusedValueException("to", Phrase.of("roster.training.error.to-before-from", to, from));
        }
        if (to.toEpochDay() - from.toEpochDay() + 1 > MAX_DAYS) {
            throw new RefusedValueException("to", Phrase.of("roster.training.error.too-long", from, to, MAX_DAYS));
        }
        List<RosterTrainingSession> sessions = new ArrayList<>();
        for (RosterVersionSummary version : store.versions().publishedOverlapping(from, to)) {
            if (store.training().slots(version.id()).isEmpty()) {
                continue;
            }
            of(store.load(version.id())).stream()
                    .filter(s -> s.placed() && !s.date().isBefore(from) && !s.date().isAfter(to))
                    .forEach(sessions::add);
        }
        sessions.sort(Comparator.comparing(RosterTrainingSession::date).thenComparing(RosterTrainingSession::start)
                .thenComparing(RosterTrainingSession::courseCode));
        return sessions;
    }

    /** Every session of one version, placed ones by start, then those it has not placed. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    public List<RosterTrainingSession> ofVersion(long versionId) {
        return of(store.load(versionId));
    }

    /** The sessions of a roster the caller has loaded (a page showing it); the roster is left as it was. */
    @PreAuthorize("hasAnyRole('HR', 'PLANNER')")
    public List<RosterTrainingSession> of(LoadedRoster loaded) {
        Roster roster = loaded.roster();
        RosterScenario scenario = loaded.scenario();
        List<RosterTrainingSession> sessions = new ArrayList<>();
        for (TrainingSession session : roster.getTrainingSessions()) {
            TrainingSessionSource source = scenario.trainingSessions().get(session.getId());
            if (source == null) {
                continue;
            }
            double cost = CoverageReport.trainingCostAfterBreaks(roster, List.of(session));
            var need = session.getNeed();
            Site site = source.siteCode() == null ? null : scenario.sites().get(source.siteCode());
            List<RosterTrainingSession.Person> attendees = session.getPeople().stream()
                    .filter(p -> need.attendeeIds().contains(p.id()))
                    .map(p -> new RosterTrainingSession.Person(p.id(), p.name())).toList();
            sessions.add(new RosterTrainingSession(loaded.version().id(), session.getId(), source.courseCode(),
                    source.courseName(), source.sessionNumber(), source.sessionCount(), session.getDate(),
                    session.isPlaced() ? java.time.LocalTime.MIN.plusMinutes(session.getSlot().startMinute()) : null,
                    session.isPlaced() ? java.time.LocalTime.MIN.plusMinutes(session.getSlot().startMinute()
                            + need.minutes()) : null,
                    source.siteCode(), site == null ? null : site.name(), source.trainerName(), attendees,
                    session.getPeople().size(), cost));
        }
        sessions.sort(Comparator.comparing((RosterTrainingSession s) -> !s.placed())
                .thenComparing(s -> s.placed() ? s.date() : LocalDate.MAX)
                .thenComparing(s -> s.placed() ? s.start() : java.time.LocalTime.MAX)
                .thenComparing(RosterTrainingSession::courseCode).thenComparing(RosterTrainingSession::sessionNumber));
        return sessions;
    }
}
