package dev.frontline.roster.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.BreakPlanner;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.TrainingSession;
import dev.frontline.roster.engine.TrainingSlot;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.persistence.RosterScenarioRepository;
import dev.frontline.roster.persistence.RosterTrainingRepository;
import dev.frontline.roster.persistence.RosterTrainingRepository.SessionRow;
import dev.frontline.roster.persistence.RosterVersionRepository;
import dev.frontline.roster.persistence.RosterVersionRepository.ActivityRow;
import dev.frontline.roster.persistence.RosterVersionRepository.ShiftRow;

/**
 * Reads versions back into the engine and writes solved rosters (shifts, breaks, score) in one transaction. No role
 * checks here: it serves {@link RosterService} and the solver's background threads, which checked the role when the
 * work started.
 */
@Component
class RosterStore {

    private final RosterScenarioRepository scenarios;
    private final RosterVersionRepository versions;
    private final RosterTrainingRepository training;
    private final TransactionTemplate transaction;
    private final RosterExplainer explainer = new RosterExplainer();

    RosterStore(RosterScenarioRepository scenarios, RosterVersionRepository versions, RosterTrainingRepository training,
            PlatformTransactionManager transactions) {
        this.scenarios = scenarios;
        this.versions = versions;
        this.training = training;
        this.transaction = new TransactionTemplate(transactions);
    }

    RosterExplainer explainer() {
        return explainer;
    }

    RosterScenarioRepository scenarios() {
        return scenarios;
    }

    RosterVersionRepository versions() {
        return versions;
    }

    RosterTrainingRepository training() {
        return training;
    }

    RosterVersionSummary version(long id) {
        return versions.find(id).orElseThrow(() -> new UnknownEntityException("id",
                Phrase.of("rest.unknown.roster-version", String.valueOf(id))));
    }

    /**
     * The version's period on today's master data, with its stored shifts assigned and pinned as stored; a version
     * made by a repair also carries the shifts of the version it repairs, which the "keep published shifts" rule keeps.
     */
    LoadedRoster load(long versionId) {
        RosterVersionSummary version = version(versionId);
        RosterScenario scenario = scenarios.load(version.name(), version.firstDay(), version.lastDay());
        if (version.basedOnId() != null) {
            addPublished(scenario, versions.shifts(version.basedOnId()));
        }
        Roster roster = scenario.build();
        apply(roster, scenario, versions.shifts(versionId), true);
        placeSessions(roster, scenario, versionId);
        explainer.score(roster);
        return new LoadedRoster(version, scenario, roster);
    }

    /** Every agent-day of the period as the given version left it (no row = a day off), for the repair rule. */
    static void addPublished(RosterScenario scenario, List<StoredShift> shifts) {
        RosterBuilder builder = scenario.builder();
        Map<String, StoredShift> byAgentDay = new HashMap<>();
        shifts.forEach(s -> byAgentDay.put(s.employeeNumber() + "#" + day(scenario, s), s));
        Set<String> shiftTypes = scenario.shiftTemplates().keySet();
        for (String agentId : scenario.agentIds().keySet()) {
            for (int day = 0; day < scenario.days(); day++) {
                StoredShift s = byAgentDay.get(agentId + "#" + day);
                if (s == null) {
                    builder.published(agentId, day, null, null);
                } else if (shiftTypes.contains(s.shiftCode())) {
                    builder.published(agentId, day, s.shiftCode(), s.siteCode() == null ? WorkLocation.HOME
                            : WorkLocation.office(siteOf(scenario, s.siteCode())));
                }
            }
        }
    }

    /**
     * Assigns stored shifts to the roster's agent-days. {@code strict}: a stored shift whose agent or shift type is no
     * longer in the master data is an error; otherwise it is skipped and the day left free.
     *
     * @return the agent-days (engine agent id # day) that could not be restored
     */
    static Set<String> apply(Roster roster, RosterScenario scenario, List<StoredShift> shifts, boolean strict) {
        Map<String, AgentDay> agentDays = new HashMap<>();
        roster.getAgentDays().forEach(d -> agentDays.put(d.getId(), d));
        Map<String, ShiftType> shiftTypes = new HashMap<>();
        roster.getShiftTypes().forEach(s -> shiftTypes.put(s.id(), s));
        Map<String, Site> sites = new HashMap<>();
        roster.getSites().forEach(s -> sites.put(s.id(), s));
        Set<String> skipped = new HashSet<>();
        for (StoredShift s : shifts) {
            String key = s.employeeNumber() + "#" + day(scenario, s);
            AgentDay agentDay = agentDays.get(key);
            ShiftType shiftType = shiftTypes.get(s.shiftCode());
            if (agentDay == null || shiftType == null) {
                if (strict) {
                    throw new RosterInputException(Phrase.of("roster.error.stored-shift", s.shiftCode(), s.employeeNumber(),
                            s.workDate()));
                }
                skipped.add(key);
                continue;
            }
            agentDay.setShift(shiftType);
            agentDay.setLocation(s.siteCode() == null ? WorkLocation.HOME : WorkLocation.office(sites.get(s.siteCode())));
            agentDay.setPinned(s.pinned());
            // the bucket it was scored and shown with; a shift stored without one keeps the hash it had then
            if (s.breakBucket() != null) {
                agentDay.setBreakBucket(s.breakBucket());
            }
        }
        return skipped;
    }

    /**
     * Puts the training sessions stored with a version back where they were; a stored session the period no longer
     * needs (its enrolments closed, its people gone) is left out, and needs nothing stored stay to be placed.
     */
    void placeSessions(Roster roster, RosterScenario scenario, long versionId) {
        Map<String, TrainingSession> sessions = new HashMap<>();
        roster.getTrainingSessions().forEach(t -> sessions.put(t.getId(), t));
        for (RosterTrainingRepository.StoredSlot slot : training.slots(versionId)) {
            TrainingSession session = sessions.get(slot.key());
            if (session != null) {
                var local = slot.startsAt().atZoneSameInstant(scenario.zone()).toLocalTime();
                session.setSlot(new TrainingSlot((int) (slot.workDate().toEpochDay() - scenario.firstDay().toEpochDay()),
                        local.getHour() * 60 + local.getMinute()));
            }
        }
    }

    private static Site siteOf(RosterScenario scenario, String siteCode) {
        Site site = scenario.sites().get(siteCode);
        if (site == null) {
            throw new RosterInputException(Phrase.of("roster.error.site-gone", siteCode));
        }
        return site;
    }

    static int day(RosterScenario scenario, StoredShift s) {
        return (int) (s.workDate().toEpochDay() - scenario.firstDay().toEpochDay());
    }

    /** Writes the roster's shifts, breaks and score as the version's content, all or nothing. */
    void save(long versionId, RosterScenario scenario, Roster roster, Double solvingSeconds) {
        HardSoftLongScore score = roster.getScore() == null ? explainer.score(roster) : roster.getScore();
        List<ShiftRow> shifts = new ArrayList<>();
        for (AgentDay d : roster.getAgentDays()) {
            if (!d.isWorking()) {
                continue;
            }
            Long siteId = d.getLocation() != null && d.getLocation().isOffice()
                    ? scenario.siteIds().get(d.getLocation().site().id()) : null;
            shifts.add(new ShiftRow(scenario.agentIds().get(d.getAgent().id()), d.getDate(),
                    scenario.shiftTemplates().get(d.getShift().id()), d.getShift().id(),
                    scenario.instant(d.getDay(), d.getShift().startMinute()), d.getShift().lengthMinutes(), siteId,
                    d.isPinned(), d.getBreakBucket()));
        }
        List<ActivityRow> activities = new ArrayList<>();
        for (BreakPlanner.PlannedBreak b : BreakPlanner.plan(roster)) {
            activities.add(new ActivityRow(scenario.agentIds().get(b.agentId()), scenario.firstDay().plusDays(b.day()),
                    scenario.instant(0, b.startMinute()), b.minutes(), b.lunch() ? "LUNCH" : "BREAK"));
        }
        List<SessionRow> sessions = sessionRows(scenario, roster);
        double undercoverage = CoverageReport.of(roster).undercoveragePercent();
        transaction.executeWithoutResult(status -> {
            versions.replaceShifts(versionId, shifts, activities);
            training.replaceSessions(versionId, sessions);
            versions.updateScore(versionId, score.toString(), score.hardScore(), score.softScore(), undercoverage,
                    solvingSeconds);
        });
    }

    /**
     * The placed sessions as rows to store: a TRAINING activity for each person whose shift that day holds the session
     * (a roster that breaks the rule keeps the session, but no activity outside a shift).
     */
    private static List<SessionRow> sessionRows(RosterScenario scenario, Roster roster) {
        List<SessionRow> rows = new ArrayList<>();
        for (TrainingSession session : roster.getTrainingSessions()) {
            TrainingSessionSource source = scenario.trainingSessions().get(session.getId());
            if (!session.isPlaced() || source == null) {
                continue;
            }
            List<Long> offThePhones = new ArrayList<>();
            session.getPeople().forEach(person -> {
                AgentDay day = roster.agentDay(person.id(), session.getDay());
                if (day != null && day.isWorking() && session.isHeldBy(day)) {
                    offThePhones.add(scenario.agentIds().get(person.id()));
                }
            });
            rows.add(new SessionRow(session.getId(), source.courseId(), source.sessionNumber(), source.sessionCount(),
                    session.getDate(), scenario.instant(session.getDay(), session.getSlot().startMinute()),
                    source.minutes(), source.siteId(), source.trainerAgentId(), source.trainerName(), source.enrolments(),
                    offThePhones));
        }
        return rows;
    }
}
