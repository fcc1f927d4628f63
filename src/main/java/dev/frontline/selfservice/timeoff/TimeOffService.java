package dev.frontline.selfservice.timeoff;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.db.enums.RequestStatus;
import dev.frontline.roster.service.AbsenceCoverage;
import dev.frontline.roster.service.RosterService;
import dev.frontline.selfservice.AgentFacts;
import dev.frontline.selfservice.SelfServiceAgents;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.inbox.CoverageImpact;
import dev.frontline.selfservice.notifications.NotificationService;
import dev.frontline.selfservice.timeoff.persistence.TimeOffRepository;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhrasedStateException;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Time off: an agent asks for days of a kind of leave within their contract's balance; Frontline approves at once
 * when the published roster's coverage holds without them (no interval it covered becomes short, after breaks), and
 * otherwise leaves the request to a planner with its coverage impact. An approval sets off a roster repair of the
 * affected days; the agent is notified of every decision.
 */
@Service
public class TimeOffService {

    /** The kinds an agent asks for themselves; each is counted against the contract's allowance of it. */
    public static final List<String> KINDS = List.of("VACATION", "PERSONAL");
    /** The longest single request, in days. */
    public static final int MAX_DAYS = 31;
    /** How far ahead a request may reach, in days. */
    public static final int MAX_DAYS_AHEAD = 366;
    /** Who decided, for a decision taken by the coverage rule. */
    public static final String AUTOMATIC = "frontline";

    private static final Logger LOG = LoggerFactory.getLogger(TimeOffService.class);

    private final TimeOffRepository requests;
    private final SelfServiceAgents agents;
    private final RosterService rosters;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    TimeOffService(TimeOffRepository requests, SelfServiceAgents agents, RosterService rosters,
            NotificationService notifications, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.requests = requests;
        this.agents = agents;
        this.rosters = rosters;
        this.notifications = notifications;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** The signed-in agent's requests, newest period first. */
    @PreAuthorize("hasRole('AGENT')")
    public List<TimeOffRequest> mine() {
        return requests.ofAgent(agents.myAgentId()).reversed();
    }

    /** The signed-in agent's balance of each kind in a calendar year. */
    @PreAuthorize("hasRole('AGENT')")
    public List<TimeOffBalance> myBalances(int year) {
        AgentFacts me = agents.me();
        return KINDS.stream().map(kind -> balance(me, kind, year)).toList();
    }

    /** Whether the agent has approved time off on the day (an office day cannot be booked on it). */
    public boolean hasApprovedTimeOff(long agentId, LocalDate day) {
        return requests.approvedOn(agentId, day);
    }

    /**
     * Asks for time off for the signed-in agent. The same days asked again return the open request (a double
     * submit creates one request).
     *
     * @throws SelfServiceException bad input (dates, kind) or a refusing rule (balance, overlap)
     */
    @PreAuthorize("hasRole('AGENT')")
    public Submitted request(LocalDate firstDay, LocalDate lastDay, String kind, String note) {
        AgentFacts me = agents.me();
        String leave = checkedKind(kind);
        checkDates(me, firstDay, lastDay);
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 500) {
            throw SelfServiceException.badInput("note", "LENGTH", Phrase.of("selfservice.refusal.note-length",
                    text.length(), 500));
        }
        var existing = requests.open(me.agentId(), firstDay, lastDay);
        if (existing.isPresent()) {
            return new Submitted(existing.get(), false, impact(existing.get()));
        }
        int days = workingDays(firstDay, lastDay);
        Long id = transaction.execute(status -> {
            requests.lockAgent(me.agentId());
            var again = requests.open(me.agentId(), firstDay, lastDay);
            if (again.isPresent()) {
                return null;
            }
            List<TimeOffRequest> overlap = requests.overlapping(me.agentId(), firstDay, lastDay);
            if (!overlap.isEmpty()) {
                TimeOffRequest other = overlap.get(0);
                throw SelfServiceException.refused("firstDay", "OVERLAP", Phrase.of("selfservice.refusal.overlap",
                        other.firstDay(), other.lastDay(), status(other)), Map.of("requestId", other.id()));
            }
            TimeOffBalance balance = balance(me, leave, firstDay.getYear());
            if (balance.remaining().compareTo(java.math.BigDecimal.valueOf(days)) < 0) {
                throw SelfServiceException.refused("lastDay", "BALANCE", Phrase.of("selfservice.refusal.balance", days,
                        kindName(leave), String.valueOf(firstDay.getYear()), balance.remaining(), me.contractName(),
                        balance.entitlement(), balance.taken(), balance.pending()),
                        Map.of("entitlement", balance.entitlement(), "taken", balance.taken(),
                                "pending", balance.pending(), "requested", days));
            }
            long created = requests.insert(me.agentId(), firstDay, lastDay, leave, text, days, now()).orElseThrow();
            audit.record("time_off", String.valueOf(created), AuditAction.CREATE,
                    Phrase.of("audit.timeoff.requested", kindName(leave), firstDay, lastDay, days));
            return created;
        });
        if (id == null) {
            TimeOffRequest same = requests.open(me.agentId(), firstDay, lastDay).orElseThrow();
            return new Submitted(same, false, impact(same));
        }
        TimeOffRequest created = requests.find(id).orElseThrow();
        CoverageImpact impact = impact(created);
        if (impact.keepsCoverage()) {
            transaction.executeWithoutResult(status -> {
                if (requests.decide(id, RequestStatus.APPROVED, AUTOMATIC, null, true, now())) {
                    audit.record("time_off", String.valueOf(id), AuditAction.UPDATE, Phrase.of(
                            "audit.timeoff.auto-approved", impact.rosterVersionId(), headroomText(impact)));
                    notifications.notify(me.agentId(), "selfservice.notify.timeoff-auto-approved",
                            List.of(firstDay, lastDay), "me/time-off");
                    afterCommit(() -> repair(created));
                }
            });
        }
        return new Submitted(requests.find(id).orElseThrow(), true, impact);
    }

    /** Withdraws one of the signed-in agent's pending requests. */
    @PreAuthorize("hasRole('AGENT')")
    public void withdraw(long id) {
        long me = agents.myAgentId();
        transaction.executeWithoutResult(status -> {
            TimeOffRequest request = requests.find(id).filter(r -> r.agentId() == me)
                    .orElseThrow(() -> new UnknownEntityException("id",
                            Phrase.of("rest.unknown.time-off-request", String.valueOf(id))));
            if (request.status() != RequestStatus.REQUESTED) {
                throw SelfServiceException.refused("id", "DECIDED", Phrase.of("selfservice.refusal.decided",
                        request.firstDay(), request.lastDay(), status(request)), Map.of());
            }
            requests.withdraw(me, id);
            audit.record("time_off", String.valueOf(id), AuditAction.DELETE, Phrase.of("audit.timeoff.withdrawn"));
        });
    }

    /** What granting the request does to the published roster's coverage (unknown without a published roster). */
    public CoverageImpact impact(TimeOffRequest request) {
        return rosters.absenceCoverage(request.agentId(), request.firstDay(), request.lastDay())
                .map(TimeOffService::impact).orElse(CoverageImpact.unknown());
    }

    private static CoverageImpact impact(AbsenceCoverage c) {
        return new CoverageImpact(c.rosterVersionId(), c.agentHours(), c.unmetHoursBefore(), c.unmetHoursAfter(),
                c.headroomAgents());
    }

    List<TimeOffRequest> pending() {
        return requests.pending();
    }

    /** A planner's decision (through the inbox, which audits it and holds the transaction). */
    void decide(long id, boolean approve, String reason, String planner) {
        TimeOffRequest request = requests.find(id)
                .orElseThrow(() -> new PhrasedStateException(Phrase.of("selfservice.inbox.outcome.timeoff-missing", id)));
        if (!requests.decide(id, approve ? RequestStatus.APPROVED : RequestStatus.REJECTED, planner, reason, false, now())) {
            throw new PhrasedStateException(Phrase.of("selfservice.inbox.outcome.timeoff-decided", id,
                    request.status().getLiteral(), String.valueOf(request.decidedBy())));
        }
        if (approve) {
            notifications.notify(request.agentId(), reason == null ? "selfservice.notify.timeoff-approved"
                    : "selfservice.notify.timeoff-approved-reason", reason == null
                            ? List.of(request.firstDay(), request.lastDay())
                            : List.of(request.firstDay(), request.lastDay(), reason), "me/time-off");
            afterCommit(() -> repair(request));
        } else {
            notifications.notify(request.agentId(), "selfservice.notify.timeoff-denied",
                    List.of(request.firstDay(), request.lastDay(), reason), "me/time-off");
        }
    }

    /** Sets off the repair of the published rosters the approved days touch; a failure does not undo the approval. */
    private void repair(TimeOffRequest request) {
        try {
            rosters.repairAfterTimeOff(request.agentId(), request.firstDay(), request.lastDay(), request.agentName());
        } catch (RuntimeException e) {
            LOG.warn("Repair after time off request {} failed: {}", request.id(), e.getMessage());
            audit.record("time_off", String.valueOf(request.id()), AuditAction.UPDATE,
                    Phrase.of("audit.timeoff.repair-failed", e instanceof dev.frontline.shared.text.Explained x
                            && x.reason() != null ? x.reason() : Phrase.of("audit.unexpected-error")));
        }
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    static String headroomText(CoverageImpact impact) {
        return Double.isInfinite(impact.headroomAgents()) ? "unlimited"
                : String.format(Locale.ROOT, "%.1f", impact.headroomAgents());
    }

    private TimeOffBalance balance(AgentFacts agent, String kind, int year) {
        return new TimeOffBalance(year, kind, requests.allowance(agent.contractId(), kind),
                requests.workingDays(agent.agentId(), kind, year, RequestStatus.APPROVED),
                requests.workingDays(agent.agentId(), kind, year, RequestStatus.REQUESTED));
    }

    /** A kind of leave in the reader's words, e.g. "Annual leave". */
    static Phrase kindName(String kind) {
        return Phrase.of("selfservice.timeoff.kind." + kind.toLowerCase(Locale.ROOT));
    }

    private static Phrase status(TimeOffRequest request) {
        return Phrase.of("selfservice.timeoff.status." + request.status().getLiteral().toLowerCase(Locale.ROOT));
    }

    private static String checkedKind(String kind) {
        String k = kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw SelfServiceException.badInput("kind", "KIND", Phrase.of("selfservice.refusal.kind", String.valueOf(kind),
                    KINDS.stream().map(TimeOffService::kindName).toList()));
        }
        return k;
    }

    private void checkDates(AgentFacts agent, LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null) {
            throw SelfServiceException.badInput("firstDay", "DATE", Phrase.of("selfservice.refusal.first-day-missing"));
        }
        if (lastDay == null) {
            throw SelfServiceException.badInput("lastDay", "DATE", Phrase.of("selfservice.refusal.last-day-missing"));
        }
        LocalDate today = LocalDate.now(clock.withZone(agent.zone()));
        if (firstDay.isBefore(today)) {
            throw SelfServiceException.badInput("firstDay", "PAST_DATE", Phrase.of("selfservice.refusal.first-day-past",
                    firstDay, today));
        }
        if (lastDay.isBefore(firstDay)) {
            throw SelfServiceException.badInput("lastDay", "ORDER", Phrase.of("selfservice.refusal.last-before-first",
                    lastDay, firstDay));
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > MAX_DAYS) {
            throw SelfServiceException.badInput("lastDay", "LENGTH", Phrase.of("selfservice.refusal.too-long", MAX_DAYS));
        }
        if (firstDay.getYear() != lastDay.getYear()) {
            throw SelfServiceException.badInput("lastDay", "YEAR", Phrase.of("selfservice.refusal.one-year"));
        }
        if (ChronoUnit.DAYS.between(today, lastDay) > MAX_DAYS_AHEAD) {
            throw SelfServiceException.badInput("lastDay", "OUTSIDE_WINDOW", Phrase.of("selfservice.refusal.too-far",
                    lastDay, MAX_DAYS_AHEAD));
        }
        if (workingDays(firstDay, lastDay) == 0) {
            throw SelfServiceException.badInput("firstDay", "NO_WORKING_DAY", Phrase.of("selfservice.refusal.no-working-day",
                    firstDay, lastDay));
        }
    }

    /** Monday-to-Friday days between the two days, both included: what a request takes from the balance. */
    static int workingDays(LocalDate firstDay, LocalDate lastDay) {
        int days = 0;
        for (LocalDate d = firstDay; !d.isAfter(lastDay); d = d.plusDays(1)) {
            if (!Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).contains(d.getDayOfWeek())) {
                days++;
            }
        }
        return days;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
