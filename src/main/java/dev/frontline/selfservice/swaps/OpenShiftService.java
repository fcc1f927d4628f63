package dev.frontline.selfservice.swaps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.PublishedRosterChanges;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.security.CurrentUser;
import dev.frontline.selfservice.swaps.engine.OpenShiftFinder;
import dev.frontline.selfservice.swaps.persistence.SwapRepository;
import dev.frontline.selfservice.swaps.persistence.SwapRepository.Colleague;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Open shifts: after publishing, a planner turns the roster's under-covered intervals (after breaks) into shifts agents
 * can claim for extra hours. A claim is taken by one conditional update in PostgreSQL, so of any number of claims at
 * once exactly one gets the shift; the winner's shift is then checked against every rule (contract hours, rest, runs,
 * skills of the shift's queue) and written to the roster, or the claim is undone and refused with the rule named.
 */
@Service
public class OpenShiftService {

    /** At most this many open shifts per queue and day. */
    static final int MAX_PER_QUEUE_AND_DAY = 10;

    private final SwapRepository repository;
    private final PublishedRosterChanges changes;
    private final RosterService rosters;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OpenShiftService(SwapRepository repository, PublishedRosterChanges changes, RosterService rosters,
            CurrentUser currentUser, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.changes = changes;
        this.rosters = rosters;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Replaces the version's unclaimed open shifts with those its under-covered intervals from tomorrow ask for. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<OpenShift> generate(long versionId) {
        LoadedRoster loaded = changes.loadPublished(versionId);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        int firstDay = (int) Math.max(0, tomorrow.toEpochDay() - loaded.scenario().firstDay().toEpochDay());
        List<SwapRepository.NewOpenShift> shifts = new ArrayList<>();
        for (OpenShiftFinder.FoundShift found : OpenShiftFinder.find(loaded.roster(), CoverageReport.of(loaded.roster()),
                firstDay, MAX_PER_QUEUE_AND_DAY)) {
            ShiftType type = found.shiftType();
            shifts.add(new SwapRepository.NewOpenShift(loaded.scenario().firstDay().plusDays(found.day()),
                    loaded.scenario().shiftTemplates().get(type.id()), type.id(),
                    loaded.scenario().instant(found.day(), type.startMinute()), type.lengthMinutes(), found.queueId(),
                    found.gapIntervals()));
        }
        transaction.executeWithoutResult(status -> {
            repository.replaceOpenShifts(versionId, shifts);
            audit.record("open-shift", Long.toString(versionId), AuditAction.CREATE,
                    Phrase.of("audit.open-shift.created", shifts.size(), versionId));
        });
        return repository.openShifts(List.of(versionId), tomorrow, false);
    }

    /** Unclaimed open shifts of the published rosters from tomorrow on (agents and planners). */
    @PreAuthorize("hasAnyRole('AGENT', 'PLANNER')")
    public List<OpenShift> openShifts() {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        List<Long> versions = changes.publishedFrom(tomorrow).stream().map(RosterVersionSummary::id).toList();
        return versions.isEmpty() ? List.of() : repository.openShifts(versions, tomorrow, true);
    }

    /** Each queue's name by its code, to say an open shift's queue as planners and agents name it. */
    @PreAuthorize("hasAnyRole('AGENT', 'PLANNER')")
    public java.util.Map<String, String> queueNames() {
        return repository.queueNames();
    }

    /**
     * Claims an open shift for the signed-in agent: 409 when a colleague has it already; refused with the rule named
     * when the agent already works that day, lacks the queue's skill, or the shift breaks a rule of their contract
     * (e.g. its weekly maximum) — the claim is then undone, so the shift stays open for others.
     */
    @PreAuthorize("hasRole('AGENT')")
    public OpenShift claim(long openShiftId) {
        long me = currentUser.require().agentId()
                .orElseThrow(() -> new AccessDeniedException("only an agent can claim a shift"));
        OpenShift open = repository.openShift(openShiftId)
                .orElseThrow(() -> new UnknownEntityException("openShiftId",
                        Phrase.of("rest.unknown.open-shift", String.valueOf(openShiftId))));
        if (!open.workDate().isAfter(LocalDate.now(clock))) {
            throw new SwapRefusedException("openShiftId", "PAST", Phrase.of("selfservice.refusal.claim-past",
                    open.workDate()));
        }
        if (!open.isOpen()) {
            throw taken(open);
        }
        Colleague agent = repository.agent(me).orElseThrow();
        // the cheap refusals first, so a claim that cannot succeed never waits for the shift's lock
        if (!rosters.myPublishedShifts(open.workDate(), open.workDate()).isEmpty()) {
            throw new SwapRefusedException("openShiftId", ChangeCheck.ALREADY_WORKING,
                    Phrase.of("selfservice.refusal.already-working", agent.name(), open.workDate()));
        }
        if (!repository.holdsSkillOf(me, open.queueCode())) {
            throw lacksSkill(open, agent);
        }
        transaction.executeWithoutResult(status -> {
            if (!repository.claim(openShiftId, me, OffsetDateTime.now(clock))) {
                throw taken(open);
            }
            repository.lockVersion(open.rosterVersionId());
            LoadedRoster loaded = changes.loadPublished(open.rosterVersionId());
            ChangeCheck check = new ChangeCheck(loaded, changes.explainer());
            AgentDay day = check.day(agent.employeeNumber(), open.workDate(), "openShiftId");
            ShiftType shift = loaded.roster().getShiftTypes().stream().filter(s -> s.id().equals(open.shiftCode()))
                    .findFirst().orElseThrow(() -> new SwapRefusedException("openShiftId", ChangeCheck.SHIFT_NOT_ALLOWED,
                            Phrase.of("selfservice.refusal.shift-gone", open.workDate())));
            boolean skilled = day.getAgent().skills().keySet().stream().map(Queue::id).anyMatch(open.queueCode()::equals);
            if (!skilled) {
                throw lacksSkill(open, agent);
            }
            check.give(day, shift, null, "openShiftId");
            ChangeCheck.Result result = check.result();
            if (result.breaksRules()) {
                throw new SwapRefusedException("openShiftId", result.brokenRule(), "taking the shift would break the rule \""
                        + result.brokenRule() + "\": " + result.brokenDetail(), result.brokenWhy());
            }
            changes.save(loaded);
            audit.record("open-shift", Long.toString(openShiftId), AuditAction.UPDATE, Phrase.of("audit.open-shift.claimed",
                    agent.name(), open.workDate(), open.lengthMinutes(), open.queueCode()));
        });
        return repository.openShift(openShiftId).orElseThrow();
    }

    private static SwapRefusedException taken(OpenShift open) {
        return new SwapRefusedException("openShiftId", "TAKEN", Phrase.of("selfservice.refusal.taken", open.workDate()),
                true);
    }

    private SwapRefusedException lacksSkill(OpenShift open, Colleague agent) {
        return new SwapRefusedException("openShiftId", ChangeCheck.SKILLS, Phrase.of("selfservice.refusal.skills",
                agent.name(), List.of(repository.queueName(open.queueCode()).orElse(open.queueCode()))));
    }
}
