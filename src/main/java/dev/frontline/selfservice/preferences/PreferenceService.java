package dev.frontline.selfservice.preferences;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.db.enums.WishKind;
import dev.frontline.roster.engine.WishReport;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.security.CurrentUser;
import dev.frontline.selfservice.SelfServiceAgents;
import dev.frontline.selfservice.notifications.NotificationService;
import dev.frontline.selfservice.officedays.persistence.OfficeDayRepository;
import dev.frontline.selfservice.preferences.engine.DatedWish;
import dev.frontline.selfservice.preferences.engine.Verdict;
import dev.frontline.selfservice.preferences.engine.WishJudge;
import dev.frontline.selfservice.preferences.persistence.PreferenceRepository;
import dev.frontline.selfservice.preferences.persistence.PreferenceRepository.AgentFacts;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Preference windows: a planner opens one for a future period; agents state their wishes in it, each with priority
 * points from the window's budget, until the deadline; every roster solved over the period reads them (see
 * {@link PreferenceWishSource}); comparing a roster version with them tells each agent which were honoured and why the
 * others were not, and the planner the share honoured per team and how evenly. Agents reach only their own wishes.
 */
@Service
public class PreferenceService {

    static final int DEFAULT_BUDGET = 100;
    static final int MAX_WEEKS = 8;
    /** The agents' wishes page, where a notification leads. */
    static final String LINK = "me/wishes";

    private final PreferenceRepository repository;
    private final RosterService rosters;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final Validator validator;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final WishReminderJob.Schedule reminders;
    /** Who booked which office day: an office wish refused for seats says whether bookings had taken them. */
    private final OfficeDayRepository officeDays;
    private final SelfServiceAgents agents;

    PreferenceService(PreferenceRepository repository, RosterService rosters, NotificationService notifications,
            CurrentUser currentUser, AuditTrail audit, Validator validator, PlatformTransactionManager transactions,
            Clock clock, WishReminderJob.Schedule reminders, OfficeDayRepository officeDays, SelfServiceAgents agents) {
        this.reminders = reminders;
        this.agents = agents;
        this.officeDays = officeDays;
        this.repository = repository;
        this.rosters = rosters;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.validator = validator;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Opens a window for wishes on {@code firstDay .. lastDay} until {@code deadline}; budget null = 100 points. */
    @PreAuthorize("hasRole('PLANNER')")
    public PreferenceWindow openWindow(LocalDate firstDay, LocalDate lastDay, OffsetDateTime deadline, Integer budget) {
        LocalDate today = LocalDate.now(clock);
        if (firstDay == null) {
            throw new WishRefusedException("firstDay", Phrase.of("selfservice.wish.refusal.first-day-missing"));
        }
        if (lastDay == null) {
            throw new WishRefusedException("lastDay", Phrase.of("selfservice.wish.refusal.last-day-missing"));
        }
        if (deadline == null) {
            throw new WishRefusedException("deadline", Phrase.of("selfservice.wish.refusal.deadline-missing"));
        }
        if (!firstDay.isAfter(today)) {
            throw new WishRefusedException("firstDay", Phrase.of("selfservice.wish.refusal.not-future", firstDay));
        }
        if (lastDay.isBefore(firstDay)) {
            throw new WishRefusedException("lastDay", Phrase.of("selfservice.wish.refusal.last-before-first", lastDay, firstDay));
        }
        if (lastDay.toEpochDay() - firstDay.toEpochDay() + 1 > MAX_WEEKS * 7L) {
            throw new WishRefusedException("lastDay", Phrase.of("selfservice.wish.refusal.too-long", firstDay, lastDay,
                    MAX_WEEKS));
        }
        if (!deadline.toInstant().isAfter(clock.instant())) {
            throw new WishRefusedException("deadline", Phrase.of("selfservice.wish.refusal.deadline-passed",
                    deadline.toLocalDate(), deadline.toLocalTime().withSecond(0).withNano(0)));
        }
        if (!deadline.toLocalDate().isBefore(firstDay)) {
            throw new WishRefusedException("deadline", Phrase.of("selfservice.wish.refusal.deadline-late",
                    deadline.toLocalDate(), firstDay));
        }
        int points = budget == null ? DEFAULT_BUDGET : budget;
        if (points < 10 || points > 1000) {
            throw new WishRefusedException("priorityBudget", Phrase.of("selfservice.wish.refusal.budget-range", points, 10, 1000));
        }
        String planner = currentUser.require().getUsername();
        long id = transaction.execute(status -> {
            long created = repository.insertWindow(firstDay, lastDay, deadline, points, planner);
            audit.record("preference-window", Long.toString(created), AuditAction.CREATE, Phrase.of("audit.wishes.opened",
                    firstDay, lastDay, deadline.atZoneSameInstant(clock.getZone()).toLocalDate(), points));
            java.time.ZonedDateTime until = deadline.atZoneSameInstant(clock.getZone());
            for (long agent : repository.activeAgentIds()) {
                notifications.notify(agent, "selfservice.wishes.notify.opened", List.of(firstDay, lastDay, until), LINK);
            }
            return created;
        });
        reminders.schedule(id, deadline);
        return window(id);
    }

    /**
     * The reminder before a window closes (a job {@code frontline.selfservice.reminder-hours} before the deadline): every
     * active agent without a wish in the still-open window is told until when they may state one, in their language
     * when they read it. Returns how many were told; none once the window has closed or is gone.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public int remindSilentAgents(long windowId) {
        Optional<PreferenceWindow> found = repository.window(windowId);
        if (found.isEmpty() || !found.get().isOpenAt(clock.instant())) {
            return 0;
        }
        PreferenceWindow window = found.get();
        Set<Long> stated = new java.util.HashSet<>();
        repository.wishesOfWindows(List.of(windowId)).forEach(w -> stated.add(w.agent().id()));
        java.time.ZonedDateTime until = window.deadline().atZoneSameInstant(clock.getZone());
        int told = 0;
        for (long agent : repository.activeAgentIds()) {
            if (!stated.contains(agent)) {
                notifications.notify(agent, "selfservice.wishes.notify.closing", List.of(window.firstDay(),
                        window.lastDay(), until), LINK);
                told++;
            }
        }
        audit.record("preference-window", Long.toString(windowId), AuditAction.UPDATE,
                Phrase.of("audit.wishes.reminded", told));
        return told;
    }

    /** Windows whose period has not ended yet, earliest first (any signed-in user: agents see what they may wish). */
    @PreAuthorize("isAuthenticated()")
    public List<PreferenceWindow> currentWindows() {
        return repository.windowsEndingFrom(LocalDate.now(clock));
    }

    @PreAuthorize("isAuthenticated()")
    public PreferenceWindow window(long windowId) {
        return repository.window(windowId)
                .orElseThrow(() -> new UnknownEntityException("windowId",
                        Phrase.of("rest.unknown.preference-window", String.valueOf(windowId))));
    }

    /** The signed-in agent's wishes in the window, the points they have left and the outcomes so far. */
    @PreAuthorize("hasRole('AGENT')")
    public MyWishes myWishes(long windowId) {
        long agentId = myAgentId();
        PreferenceWindow window = window(windowId);
        dev.frontline.selfservice.AgentFacts me = agents.facts(agentId);
        return new MyWishes(window, repository.wishes(windowId, agentId), repository.priorityUsed(windowId, agentId),
                repository.outcomes(windowId, agentId), window.isOpenAt(clock.instant()),
                me.officeEligible() ? me.teamOfficeWeekday() : null, me.officeEligible() ? me.minOfficeDaysPerWeek() : 0);
    }

    /**
     * States a wish for the signed-in agent, all or nothing: refused when the window has closed, the day lies outside
     * it or in the past, the start range is missing or reversed, an office is not open to the agent, the priority
     * would overspend the budget, or the same wish exists already (then nothing is stored twice).
     */
    @PreAuthorize("hasRole('AGENT')")
    public Wish addMyWish(long windowId, WishDraft draft) {
        long agentId = myAgentId();
        PreferenceWindow window = window(windowId);
        check(draft);
        checkRules(window, draft, repository.agent(agentId).orElseThrow());
        return transaction.execute(status -> {
            repository.lockBudget(windowId, agentId);
            int used = repository.priorityUsed(windowId, agentId);
            if (used + draft.priority() > window.priorityBudget()) {
                throw new WishRefusedException("priority", Phrase.of("selfservice.wish.refusal.over-budget", draft.priority(),
                        used + draft.priority(), window.priorityBudget(), window.priorityBudget() - used));
            }
            long id = repository.insertWish(windowId, agentId, draft).orElseThrow(() -> WishRefusedException.duplicate(
                    draft.date() != null ? "date" : "weekday", Phrase.of("selfservice.wish.refusal.duplicate",
                            draft.date() != null ? draft.date() : draft.weekday())));
            audit.record("preference-wish", Long.toString(id), AuditAction.CREATE, describe(draft));
            return repository.wish(id).orElseThrow();
        });
    }

    /** Withdraws one of the signed-in agent's wishes while the window is open; another agent's wish is refused (403). */
    @PreAuthorize("hasRole('AGENT')")
    public void withdrawMyWish(long wishId) {
        long agentId = myAgentId();
        Wish wish = repository.wish(wishId).orElseThrow(() -> new UnknownEntityException("wishId",
                Phrase.of("rest.unknown.wish", String.valueOf(wishId))));
        if (wish.agentId() != agentId) {
            throw new AccessDeniedException("wish " + wishId + " is another agent's");
        }
        PreferenceWindow window = window(wish.windowId());
        if (!window.isOpenAt(clock.instant())) {
            throw new WishRefusedException("wishId", Phrase.of("selfservice.wish.refusal.closed-withdraw",
                    window.deadline().toLocalDate(), window.deadline().toLocalTime().withSecond(0).withNano(0)));
        }
        transaction.executeWithoutResult(status -> {
            repository.deleteWish(wishId);
            audit.record("preference-wish", Long.toString(wishId), AuditAction.DELETE, Phrase.of("audit.wishes.withdrawn"));
        });
    }

    /**
     * Compares a roster version with the window's wishes and stores, per wished date, honoured or the reason it was
     * not; {@code rosterVersionId} null = the newest published version over the period, else the newest draft.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public WindowSummary evaluate(long windowId, Long rosterVersionId) {
        PreferenceWindow window = window(windowId);
        RosterVersionSummary version = rosterVersionId == null ? newestVersion(window)
                : rosters.version(rosterVersionId);
        if (version.lastDay().isBefore(window.firstDay()) || version.firstDay().isAfter(window.lastDay())) {
            throw new WishRefusedException("rosterVersionId", Phrase.of("selfservice.wish.refusal.roster-disjoint",
                    version.firstDay(), version.lastDay(), window.firstDay(), window.lastDay()));
        }
        LoadedRoster loaded = rosters.load(version.id());
        List<DatedWish> dated = new ArrayList<>();
        for (var entry : repository.wishesOfWindows(List.of(windowId))) {
            Wish wish = entry.wish();
            for (LocalDate date : wish.dates(window)) {
                int earliest = wish.earliestStart() == null ? 0 : wish.earliestStart().toSecondOfDay() / 60;
                int latest = wish.latestStart() == null ? 0 : wish.latestStart().toSecondOfDay() / 60;
                dated.add(new DatedWish(wish.id(), entry.agent().employeeNumber(), entry.agent().team(),
                        DatedWish.Kind.valueOf(wish.kind().getLiteral()), date, earliest, latest));
            }
        }
        Set<String> bookings = new HashSet<>();
        officeDays.bookers(window.firstDay(), window.lastDay())
                .forEach(b -> bookings.add(WishJudge.bookingKey(b.employeeNumber(), b.date())));
        List<WishOutcome> outcomes = WishJudge.judge(loaded.roster(), dated, bookings).stream()
                .map(v -> new WishOutcome(v.wishId(), v.date(), version.id(), v.honoured(),
                        v.reason() == null ? null : v.reason().name(), v.args()))
                .toList();
        transaction.executeWithoutResult(status -> {
            repository.replaceOutcomes(windowId, outcomes);
            audit.record("preference-window", Long.toString(windowId), AuditAction.UPDATE, Phrase.of("audit.wishes.compared",
                    version.id(), outcomes.stream().filter(WishOutcome::honoured).count(), outcomes.size()));
            Map<Long, Long> agentOfWish = new HashMap<>();
            repository.wishesOfWindows(List.of(windowId)).forEach(w -> agentOfWish.put(w.wish().id(), w.agent().id()));
            Map<Long, int[]> perAgent = new java.util.TreeMap<>();
            outcomes.forEach(o -> {
                int[] tally = perAgent.computeIfAbsent(agentOfWish.get(o.wishId()), a -> new int[2]);
                tally[0]++;
                tally[1] += o.honoured() ? 1 : 0;
            });
            perAgent.forEach((agent, tally) -> notifications.notify(agent, "selfservice.wishes.notify.evaluated",
                    List.of(window.firstDay(), window.lastDay(), tally[1], tally[0]), LINK));
        });
        return summary(windowId);
    }

    /** Share of wished dates honoured per team and over the centre, and how evenly across agents (Gini). */
    @PreAuthorize("hasRole('PLANNER')")
    public WindowSummary summary(long windowId) {
        PreferenceWindow window = window(windowId);
        List<PreferenceRepository.WishOfAgent> wishes = repository.wishesOfWindows(List.of(windowId));
        Map<Long, AgentFacts> agentOfWish = new HashMap<>();
        wishes.forEach(w -> agentOfWish.put(w.wish().id(), w.agent()));
        List<WishOutcome> outcomes = repository.outcomes(windowId, null);
        Map<Long, int[]> perAgent = new LinkedHashMap<>();
        Map<String, List<Long>> agentsPerTeam = new java.util.TreeMap<>();
        Long versionId = null;
        for (WishOutcome outcome : outcomes) {
            AgentFacts agent = agentOfWish.get(outcome.wishId());
            int[] tally = perAgent.computeIfAbsent(agent.id(), a -> {
                agentsPerTeam.computeIfAbsent(agent.team() == null ? "-" : agent.team(), t -> new ArrayList<>()).add(a);
                return new int[2];
            });
            tally[0]++;
            tally[1] += outcome.honoured() ? 1 : 0;
            versionId = outcome.rosterVersionId();
        }
        List<TeamWishShare> teams = new ArrayList<>();
        agentsPerTeam.forEach((team, agents) -> {
            int wished = agents.stream().mapToInt(a -> perAgent.get(a)[0]).sum();
            int honoured = agents.stream().mapToInt(a -> perAgent.get(a)[1]).sum();
            teams.add(new TeamWishShare(team, agents.size(), wished, honoured, WishReport.gini(shares(agents, perAgent))));
        });
        int wished = perAgent.values().stream().mapToInt(t -> t[0]).sum();
        int honoured = perAgent.values().stream().mapToInt(t -> t[1]).sum();
        return new WindowSummary(window, wishes.size(), versionId, teams, wished, honoured,
                WishReport.gini(shares(List.copyOf(perAgent.keySet()), perAgent)));
    }

    private static double[] shares(List<Long> agents, Map<Long, int[]> perAgent) {
        return agents.stream().mapToDouble(a -> (double) perAgent.get(a)[1] / perAgent.get(a)[0]).toArray();
    }

    private RosterVersionSummary newestVersion(PreferenceWindow window) {
        return rosters.versions().stream()
                .filter(v -> v.status() != RosterStatus.ARCHIVED && v.hardScore() != null)
                .filter(v -> !v.lastDay().isBefore(window.firstDay()) && !v.firstDay().isAfter(window.lastDay()))
                .max(Comparator.comparing((RosterVersionSummary v) -> v.status() == RosterStatus.PUBLISHED)
                        .thenComparing(RosterVersionSummary::id))
                .orElseThrow(() -> new WishRefusedException("rosterVersionId", Phrase.of("selfservice.wish.refusal.no-roster",
                        window.firstDay(), window.lastDay())));
    }

    private long myAgentId() {
        return currentUser.require().agentId()
                .orElseThrow(() -> new AccessDeniedException("only an agent has wishes of their own"));
    }

    private void check(WishDraft draft) {
        if (draft == null) {
            throw new WishRefusedException("kind", Phrase.of("selfservice.wish.refusal.empty"));
        }
        Set<ConstraintViolation<WishDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            ConstraintViolation<WishDraft> first = violations.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
            throw new WishRefusedException(first.getPropertyPath().toString(),
                    Phrase.of("selfservice.wish.refusal.invalid", first.getMessage()));
        }
    }

    private void checkRules(PreferenceWindow window, WishDraft draft, AgentFacts agent) {
        if (!window.isOpenAt(clock.instant())) {
            throw new WishRefusedException("windowId", Phrase.of("selfservice.wish.refusal.closed",
                    window.deadline().toLocalDate(), window.deadline().toLocalTime().withSecond(0).withNano(0),
                    window.firstDay(), window.lastDay()));
        }
        if ((draft.weekday() == null) == (draft.date() == null)) {
            throw new WishRefusedException("date", Phrase.of("selfservice.wish.refusal.day-or-weekday"));
        }
        if (draft.date() != null) {
            if (draft.date().isBefore(LocalDate.now(clock))) {
                throw new WishRefusedException("date", Phrase.of("selfservice.wish.refusal.date-passed", draft.date()));
            }
            if (!window.contains(draft.date())) {
                throw new WishRefusedException("date", Phrase.of("selfservice.wish.refusal.date-outside", draft.date(),
                        window.firstDay(), window.lastDay()));
            }
        }
        if (draft.weekday() != null && !PreferenceWishSource.weekdays(window).contains(draft.weekday())) {
            throw new WishRefusedException("weekday", Phrase.of("selfservice.wish.refusal.weekday-outside",
                    draft.weekday(), window.firstDay(), window.lastDay()));
        }
        boolean start = draft.kind() == WishKind.START;
        if (start && (draft.earliestStart() == null || draft.latestStart() == null)) {
            throw new WishRefusedException(draft.earliestStart() == null ? "earliestStart" : "latestStart",
                    Phrase.of("selfservice.wish.refusal.start-times-missing"));
        }
        if (start && draft.earliestStart().isAfter(draft.latestStart())) {
            throw new WishRefusedException("latestStart", Phrase.of("selfservice.wish.refusal.start-order",
                    draft.latestStart(), draft.earliestStart()));
        }
        if (!start && (draft.earliestStart() != null || draft.latestStart() != null)) {
            throw new WishRefusedException("earliestStart", Phrase.of("selfservice.wish.refusal.start-times-unexpected"));
        }
        if (draft.kind() == WishKind.OFFICE && !agent.officeEligible()) {
            throw new WishRefusedException("kind", Phrase.of("selfservice.wish.refusal.home-only", agent.siteName()));
        }
    }

    /** A wish as the audit trail keeps it: its kind, day (a date or a weekday), start times and points. */
    private static Phrase describe(WishDraft draft) {
        Object day = draft.date() != null ? draft.date() : draft.weekday();
        Phrase kind = draft.kind() == WishKind.START
                ? Phrase.of("audit.wishes.kind.start", String.valueOf(draft.earliestStart()), String.valueOf(draft.latestStart()))
                : Phrase.of("audit.wishes.kind", draft.kind().getLiteral());
        return Phrase.of("audit.wishes.wish", kind, day, draft.priority());
    }
}
