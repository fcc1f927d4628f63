package dev.frontline.selfservice.swaps;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.db.enums.SwapStatus;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.PublishedRosterChanges;
import dev.frontline.roster.service.RosterInputException;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.security.CurrentUser;
import dev.frontline.selfservice.notifications.NotificationService;
import dev.frontline.selfservice.swaps.persistence.SwapRepository;
import dev.frontline.selfservice.swaps.persistence.SwapRepository.Colleague;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Swaps of published shifts with a named colleague. The requester proposes (checked at once, so an impossible swap is
 * refused with the rule named and nothing is stored); the colleague accepts or declines; on acceptance every rule is
 * checked again for both and the swap is approved and written to the roster when coverage after breaks is not worse,
 * sent to the planner when it is, and refused with the rule named when it breaks one. Agents see only swaps they are
 * part of.
 */
@Service
public class SwapService {

    static final String PLANNER_DENIED = "PLANNER_DENIED";
    /** The agents' swap page, where a notification leads. */
    static final String LINK = "me/swaps";
    private static final List<SwapStatus> OPEN = List.of(SwapStatus.PROPOSED, SwapStatus.PENDING_PLANNER);

    private final SwapRepository repository;
    private final PublishedRosterChanges changes;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SwapService(SwapRepository repository, PublishedRosterChanges changes, NotificationService notifications,
            CurrentUser currentUser, AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.changes = changes;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Proposes giving my shift on {@code myDate} to the colleague, in return for theirs on {@code colleagueDate}
     * (null = they take it over). Refused with the field and rule named when a day has passed or lies outside the
     * published roster, the colleague is unknown or me, or the swap breaks a rule for either of us; 409 when my shift
     * is already in an open swap.
     */
    @PreAuthorize("hasRole('AGENT')")
    public ShiftSwap propose(String colleagueEmployeeNumber, LocalDate myDate, LocalDate colleagueDate, String note) {
        long me = myAgentId();
        if (colleagueEmployeeNumber == null || colleagueEmployeeNumber.isBlank()) {
            throw new SwapRefusedException("colleague", "INPUT", Phrase.of("selfservice.refusal.colleague-missing"));
        }
        Colleague colleague = repository.activeAgent(colleagueEmployeeNumber.trim().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new SwapRefusedException("colleague", "INPUT",
                        Phrase.of("selfservice.refusal.colleague-unknown", colleagueEmployeeNumber.trim())));
        if (colleague.id() == me) {
            throw new SwapRefusedException("colleague", "INPUT", Phrase.of("selfservice.refusal.colleague-self"));
        }
        if (myDate == null) {
            throw new SwapRefusedException("myDate", "INPUT", Phrase.of("selfservice.refusal.my-date-missing"));
        }
        requireFuture("myDate", myDate);
        RosterVersionSummary version = changes.publishedOn(myDate).orElseThrow(() -> new SwapRefusedException("myDate",
                "ROSTER", Phrase.of("selfservice.refusal.no-roster", myDate)));
        if (colleagueDate != null) {
            requireFuture("colleagueDate", colleagueDate);
            if (colleagueDate.isBefore(version.firstDay()) || colleagueDate.isAfter(version.lastDay())) {
                throw new SwapRefusedException("colleagueDate", "ROSTER", Phrase.of("selfservice.refusal.outside-roster",
                        colleagueDate, version.firstDay(), version.lastDay(), myDate));
            }
        }
        if (note != null && note.length() > 500) {
            throw new SwapRefusedException("note", "INPUT", Phrase.of("selfservice.refusal.note-too-long", 500));
        }
        Colleague requester = repository.agent(me).orElseThrow();
        ChangeCheck.Result check = check(changes.loadPublished(version.id()), requester, myDate, colleague, colleagueDate);
        if (check.breaksRules()) {
            throw new SwapRefusedException("colleague", check.brokenRule(), "the swap would break the rule \""
                    + check.brokenRule() + "\": " + check.brokenDetail(), check.brokenWhy());
        }
        long id = transaction.execute(status -> {
            long created = repository.insertSwap(version.id(), me, myDate, colleague.id(), colleagueDate, note)
                    .orElseThrow(() -> new SwapRefusedException("myDate", "DUPLICATE",
                            Phrase.of("selfservice.refusal.duplicate", myDate), true));
            audit.record("shift-swap", Long.toString(created), AuditAction.CREATE, colleagueDate == null
                    ? Phrase.of("audit.swap.offered", requester.name(), myDate, colleague.name())
                    : Phrase.of("audit.swap.proposed", requester.name(), myDate, colleague.name(), colleagueDate));
            notifications.notify(colleague.id(), colleagueDate == null ? "selfservice.swaps.notify.offered"
                    : "selfservice.swaps.notify.proposed", colleagueDate == null ? List.of(requester.name(), myDate)
                    : List.of(requester.name(), myDate, colleagueDate), LINK);
            return created;
        });
        return swap(id);
    }

    /** The colleague's answer: declined, or accepted and then approved, sent to the planner or refused by a rule. */
    @PreAuthorize("hasRole('AGENT')")
    public ShiftSwap respond(long swapId, boolean accept) {
        long me = myAgentId();
        ShiftSwap swap = swap(swapId);
        if (swap.colleagueAgentId() != me) {
            throw new AccessDeniedException("swap " + swapId + " was not proposed to you");
        }
        if (swap.status() != SwapStatus.PROPOSED) {
            throw new SwapRefusedException("swapId", "DECIDED", Phrase.of("selfservice.refusal.no-longer-waiting",
                    status(swap)), true);
        }
        String by = currentUser.require().getUsername();
        if (!accept) {
            decide(swap, List.of(SwapStatus.PROPOSED), SwapStatus.DECLINED, null, List.of(), null, by);
            return swap(swapId);
        }
        transaction.executeWithoutResult(status -> {
            repository.lockVersion(swap.rosterVersionId());
            LoadedRoster loaded = changes.loadPublished(swap.rosterVersionId());
            ChangeCheck.Result check = checkOrRefuse(loaded, swap, SwapStatus.PROPOSED, by);
            if (check == null) {
                return;
            }
            if (check.breaksRules()) {
                decide(swap, List.of(SwapStatus.PROPOSED), SwapStatus.REFUSED, check.brokenRule(), List.of(),
                        check.brokenWhy(), by);
            } else if (check.coverageNotWorse()) {
                changes.save(loaded);
                decide(swap, List.of(SwapStatus.PROPOSED), SwapStatus.APPROVED, null, List.of(), null, by);
            } else {
                decide(swap, List.of(SwapStatus.PROPOSED), SwapStatus.PENDING_PLANNER, ChangeCheck.COVERAGE_WORSE,
                        ChangeCheck.args(hours(check.unmetBefore()), hours(check.unmetAfter())), null, by);
            }
        });
        return swap(swapId);
    }

    /** The requester takes back a swap nobody has decided yet. */
    @PreAuthorize("hasRole('AGENT')")
    public ShiftSwap withdraw(long swapId) {
        ShiftSwap swap = swap(swapId);
        if (swap.requesterAgentId() != myAgentId()) {
            throw new AccessDeniedException("swap " + swapId + " is not yours to withdraw");
        }
        if (!OPEN.contains(swap.status())) {
            throw new SwapRefusedException("swapId", "DECIDED", Phrase.of("selfservice.refusal.cannot-withdraw",
                    status(swap)), true);
        }
        decide(swap, OPEN, SwapStatus.WITHDRAWN, null, List.of(), null, currentUser.require().getUsername());
        return swap(swapId);
    }

    @PreAuthorize("hasRole('AGENT')")
    public List<ShiftSwap> mySwaps() {
        return repository.swapsOf(myAgentId());
    }

    /** Swaps that would leave coverage worse, waiting for a planner, oldest first. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<ShiftSwap> pendingForPlanner() {
        return repository.swapsIn(SwapStatus.PENDING_PLANNER);
    }

    /**
     * A planner approves (the rules are checked again and the swap written to the roster; a broken rule still refuses
     * it) or denies a pending swap with a reason, which the agents see.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public ShiftSwap decideAsPlanner(long swapId, boolean approve, String reason) {
        ShiftSwap swap = swap(swapId);
        if (currentUser.require().role() != dev.frontline.db.enums.AppRole.PLANNER) {
            throw new SwapRefusedException("swapId", "DECIDED", Phrase.of("selfservice.refusal.not-with-planner",
                    status(swap)), true);
        }
        String by = currentUser.require().getUsername();
        if (!approve) {
            if (reason == null || reason.isBlank()) {
                throw new SwapRefusedException("reason", "INPUT", Phrase.of("selfservice.refusal.reason-missing"));
            }
            decide(swap, List.of(SwapStatus.PENDING_PLANNER), SwapStatus.REFUSED, PLANNER_DENIED, List.of(reason.trim()),
                    null, by);
            return swap(swapId);
        }
        transaction.executeWithoutResult(status -> {
            repository.lockVersion(swap.rosterVersionId());
            LoadedRoster loaded = changes.loadPublished(swap.rosterVersionId());
            ChangeCheck.Result check = checkOrRefuse(loaded, swap, SwapStatus.PENDING_PLANNER, by);
            if (check == null) {
                return;
            }
            if (check.breaksRules()) {
                decide(swap, List.of(SwapStatus.PENDING_PLANNER), SwapStatus.REFUSED, check.brokenRule(), List.of(),
                        check.brokenWhy(), by);
            } else {
                changes.save(loaded);
                decide(swap, List.of(SwapStatus.PENDING_PLANNER), SwapStatus.APPROVED, null,
                        reason == null || reason.isBlank() ? List.of() : List.of(reason.trim()), null, by);
            }
        });
        return swap(swapId);
    }

    /** A swap the signed-in user may see: their own as an agent, any as a planner. */
    @PreAuthorize("hasAnyRole('AGENT', 'PLANNER')")
    public ShiftSwap visibleSwap(long swapId) {
        ShiftSwap swap = swap(swapId);
        var user = currentUser.require();
        if (!user.maySeeAgent(swap.requesterAgentId()) && !user.maySeeAgent(swap.colleagueAgentId())) {
            throw new AccessDeniedException("swap " + swapId + " is between other agents");
        }
        return swap;
    }

    private ShiftSwap swap(long swapId) {
        return repository.swap(swapId).orElseThrow(() -> new UnknownEntityException("swapId",
                Phrase.of("rest.unknown.swap", String.valueOf(swapId))));
    }

    /**
     * Moves the swap on, with the rule that decided it: {@code args} its plain values (the planner's reason, coverage
     * hours), {@code detail} its sentence when it has one (a refusal), kept as a phrase for the reader's language.
     */
    private void decide(ShiftSwap swap, List<SwapStatus> from, SwapStatus to, String rule, List<String> args,
            Phrase detail, String by) {
        if (!repository.decide(swap.id(), from, to, rule, args, detail, by, OffsetDateTime.now(clock))) {
            throw new SwapRefusedException("swapId", "DECIDED", Phrase.of("selfservice.refusal.decided-meanwhile"), true);
        }
        // a planner's decision is audited by the inbox that took it
        if (currentUser.require().role() != dev.frontline.db.enums.AppRole.PLANNER) {
            audit.record("shift-swap", Long.toString(swap.id()), AuditAction.UPDATE, Phrase.of("audit.swap.status",
                    Phrase.of("selfservice.swaps.status." + swap.status().getLiteral()),
                    Phrase.of("selfservice.swaps.status." + to.getLiteral()),
                    detail != null ? Phrase.of("audit.clause", detail)
                            : rule == null ? "" : Phrase.of("audit.clause", Phrase.of("selfservice.rule."
                                    + rule.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                                            .replaceAll("(^-|-$)", "")))));
        }
        String key = "selfservice.swaps.notify." + to.getLiteral().toLowerCase(java.util.Locale.ROOT);
        List<Object> words = List.of(swap.colleagueName(), swap.requesterDate());
        if (to != SwapStatus.WITHDRAWN) {
            notifications.notify(swap.requesterAgentId(), key, words, LINK);
        }
        if (to == SwapStatus.APPROVED || to == SwapStatus.REFUSED && swap.status() == SwapStatus.PENDING_PLANNER
                || to == SwapStatus.WITHDRAWN) {
            notifications.notify(swap.colleagueAgentId(), key + ".colleague", List.of(swap.requesterName(),
                    swap.requesterDate()), LINK);
        }
    }

    /** The check of a stored swap; null when a shift or skill is missing, the swap then refused with that rule. */
    private ChangeCheck.Result checkOrRefuse(LoadedRoster loaded, ShiftSwap swap, SwapStatus from, String by) {
        try {
            return check(loaded, swap);
        } catch (SwapRefusedException e) {
            decide(swap, List.of(from), SwapStatus.REFUSED, e.rule(), List.of(), e.reason(), by);
            return null;
        }
    }

    private ChangeCheck.Result check(LoadedRoster loaded, ShiftSwap swap) {
        return check(loaded, repository.agent(swap.requesterAgentId()).orElseThrow(), swap.requesterDate(),
                repository.agent(swap.colleagueAgentId()).orElseThrow(), swap.colleagueDate());
    }

    /** Applies the swap to the loaded roster and checks it; refusals for a missing shift or skill are thrown. */
    private ChangeCheck.Result check(LoadedRoster loaded, Colleague requester, LocalDate myDate, Colleague colleague,
            LocalDate colleagueDate) {
        ChangeCheck check;
        try {
            check = new ChangeCheck(loaded, changes.explainer());
        } catch (RosterInputException e) {
            throw new SwapRefusedException("myDate", "ROSTER", Phrase.of("selfservice.refusal.roster-unreadable",
                    e.reason()));
        }
        AgentDay mine = check.day(requester.employeeNumber(), myDate, "myDate");
        if (!mine.isWorking()) {
            throw new SwapRefusedException("myDate", "NO_SHIFT", Phrase.of("selfservice.refusal.no-shift",
                    requester.name(), myDate));
        }
        ShiftType myShift = mine.getShift();
        WorkLocation myLocation = mine.getLocation();
        if (colleagueDate == null) {
            mine.setShift(null);
            check.give(check.day(colleague.employeeNumber(), myDate, "colleague"), myShift, myLocation, "colleague");
            return check.result();
        }
        AgentDay theirs = check.day(colleague.employeeNumber(), colleagueDate, "colleagueDate");
        if (!theirs.isWorking()) {
            throw new SwapRefusedException("colleagueDate", "NO_SHIFT", Phrase.of("selfservice.refusal.no-shift",
                    colleague.name(), colleagueDate));
        }
        ShiftType theirShift = theirs.getShift();
        WorkLocation theirLocation = theirs.getLocation();
        mine.setShift(null);
        theirs.setShift(null);
        check.give(check.day(colleague.employeeNumber(), myDate, "colleague"), myShift, myLocation, "colleague");
        check.give(check.day(requester.employeeNumber(), colleagueDate, "colleagueDate"), theirShift, theirLocation,
                "colleagueDate");
        return check.result();
    }

    private void requireFuture(String field, LocalDate date) {
        if (!date.isAfter(LocalDate.now(clock))) {
            throw new SwapRefusedException(field, "PAST", Phrase.of("selfservice.refusal.past", date));
        }
    }

    /** The swap's state in words, for refusals that name it. */
    private static Phrase status(ShiftSwap swap) {
        return Phrase.of("selfservice.swaps.status." + swap.status().getLiteral());
    }

    private long myAgentId() {
        return currentUser.require().agentId()
                .orElseThrow(() -> new AccessDeniedException("only an agent has shifts to swap"));
    }

    private static String hours(double hours) {
        return String.format(java.util.Locale.ROOT, "%.2f", hours);
    }
}
