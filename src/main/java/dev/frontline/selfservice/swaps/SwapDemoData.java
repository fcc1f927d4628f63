package dev.frontline.selfservice.swaps;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.db.enums.SwapStatus;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterCoverageService;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.security.FrontlineUser;

/**
 * Gives the demo centre swaps and open shifts to look at, once, through the services agents and planners use: the next
 * planning period (two weeks from the coming Monday) solved briefly and published, its gaps turned into open shifts
 * (the week under way too, published on its own, as the demo's history of published rosters ends the Sunday before),
 * and swaps of that roster in the states agents meet — one proposed to {@code agent.ist} that waits for their answer,
 * one of theirs a colleague declined, swaps a colleague accepted (approved, or sent to the planner's inbox because
 * coverage would be thinner) and one the planner refused with a reason. Colleagues are sought in the same team with
 * an exchange of days in the same week, so hours stay equal; a pair the rules refuse is skipped. Runs on a thread of
 * its own once the app is ready, so the sign-in page does not wait for a solve (the swaps appear within a minute or
 * so); skipped when a roster of that period is published already, or with {@code frontline.demo.swaps=false} (the
 * shared test context, browser apps other than the shared one).
 */
@Component
@Profile("demo")
class SwapDemoData {

    static final String PLANNER = "planner";
    static final String AGENT = "agent.ist";
    static final Duration SOLVE_LIMIT = Duration.ofSeconds(3);
    /** Swap proposals tried at most, so a centre whose rules refuse most pairs does not keep the machine busy long. */
    static final int MAX_TRIES = 64;
    /** Swaps left in the planner's inbox at most, even while no colleague's swap has been approved outright. */
    static final int MAX_PENDING = 4;
    /**
     * Exchanges tried for each of agent.ist's two swaps, on a budget of their own: a short solve leaves rules that many
     * exchanges would break, and the swap waiting for agent.ist's answer is the one a visitor of the demo meets first.
     */
    static final int CANDIDATES = 30;

    private static final Logger log = LoggerFactory.getLogger(SwapDemoData.class);

    private final RosterService rosters;
    private final RosterCoverageService coverage;
    private final OpenShiftService openShifts;
    private final SwapService swaps;
    private final UserDetailsService users;
    private final Clock clock;
    private final boolean enabled;

    SwapDemoData(RosterService rosters, RosterCoverageService coverage, OpenShiftService openShifts, SwapService swaps,
            UserDetailsService users, Clock clock, @Value("${frontline.demo.swaps:true}") boolean enabled) {
        this.rosters = rosters;
        this.coverage = coverage;
        this.openShifts = openShifts;
        this.swaps = swaps;
        this.users = users;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (!enabled || login(PLANNER).isEmpty() || login(AGENT).isEmpty()) {
            return;
        }
        Thread.ofPlatform().daemon().name("demo-swaps").start(() -> {
            try {
                seed();
            } catch (RuntimeException e) {
                // demo extras: a centre without them still works
                log.warn("Demo swaps not written: {}", e.getMessage());
            }
        });
    }

    /** Writes the demo's published roster, open shifts and swaps; returns the published version, empty when skipped. */
    Optional<Long> seed() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        LocalDate first = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate last = first.plusDays(13);
        Optional<Long> published = as(PLANNER, () -> {
            if (publishedWithin(first, last)) {
                return Optional.<Long>empty();
            }
            // the demo's history ends the Sunday before today, so the week under way has no roster yet: without one
            // every agent's own schedule would show this week as days off
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            if (!publishedWithin(monday, first.minusDays(1))) {
                publish(monday, first.minusDays(1), "demo: the week under way as published");
            }
            long coming = publish(first, last, "demo: the coming period as published, for swaps and open shifts");
            openShifts.generate(coming);
            return Optional.of(coming);
        });
        if (published.isEmpty()) {
            return published;
        }
        long version = published.get();
        Map<SwapStatus, Integer> made = swaps(as(PLANNER, () -> rosters.load(version)));
        log.info("Demo swaps written on roster version {}: {} in {} ms", version, made,
                (System.nanoTime() - started) / 1_000_000);
        return published;
    }

    private boolean publishedWithin(LocalDate from, LocalDate to) {
        return rosters.versions().stream().anyMatch(v -> v.status() == RosterStatus.PUBLISHED
                && !v.lastDay().isBefore(from) && !v.firstDay().isAfter(to));
    }

    /** A draft of these days, solved briefly ({@link #SOLVE_LIMIT}) and published with the reason given. */
    private long publish(LocalDate from, LocalDate to, String reason) {
        RosterVersionSummary draft = rosters.createDraft(
                dev.frontline.roster.service.RosterNames.period(from, to), from, to);
        coverage.solveNow(draft.id(), SOLVE_LIMIT);
        rosters.publish(draft.id(), reason);
        return draft.id();
    }

    /** One agent's working dates (after today) in the published roster with the shift of each, team and login. */
    record Worker(String employeeNumber, String username, String team, Set<LocalDate> worked,
            Map<LocalDate, String> shifts) {
    }

    /** An exchange: {@code a} gives their shift on {@code aDate}, {@code b} theirs on {@code bDate}, in one week. */
    record Exchange(Worker a, LocalDate aDate, Worker b, LocalDate bDate) {
    }

    private Map<SwapStatus, Integer> swaps(LoadedRoster loaded) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> agentIds = loaded.scenario().agentIds();
        long istId = ((FrontlineUser) users.loadUserByUsername(AGENT)).agentId().orElseThrow();
        Map<String, Worker> workers = new TreeMap<>();
        for (AgentDay d : loaded.roster().getAgentDays()) {
            String employee = d.getAgent().id();
            Worker worker = workers.get(employee);
            if (worker == null) {
                String username = agentIds.get(employee) == istId ? AGENT : employee.toLowerCase(java.util.Locale.ROOT);
                worker = new Worker(employee, username, d.getAgent().team(), new TreeSet<>(), new HashMap<>());
                workers.put(employee, worker);
            }
            if (d.isWorking() && d.getDate().isAfter(today)) {
                worker.worked().add(d.getDate());
                worker.shifts().put(d.getDate(), d.getShift().id());
            }
        }
        Worker ist = workers.values().stream().filter(w -> w.username().equals(AGENT)).findFirst().orElse(null);
        Map<SwapStatus, Integer> made = new HashMap<>();
        int[] tries = {0};
        if (ist != null) {
            // a colleague asks agent.ist, who has not answered yet; agent.ist asked another, who declined (tried from
            // the other end of the list, so the two rarely compete for the same exchange)
            int[] istTries = {0};
            List<Exchange> own = exchanges(ist, workers);
            own.stream().limit(CANDIDATES).filter(e -> made.getOrDefault(SwapStatus.PROPOSED, 0) == 0)
                    .forEach(e -> propose(e.b(), e.bDate(), e.a(), e.aDate(), istTries).ifPresent(s -> count(made, s)));
            own.reversed().stream().limit(CANDIDATES).filter(e -> made.getOrDefault(SwapStatus.DECLINED, 0) == 0)
                    .forEach(e -> propose(e.a(), e.aDate(), e.b(), e.bDate(), istTries).ifPresent(s -> {
                        as(e.b().username(), () -> swaps.respond(s.id(), false));
                        count(made, SwapStatus.DECLINED);
                    }));
        }
        // colleagues accept: approved at once, or to the planner when coverage would be thinner
        List<Long> pending = new ArrayList<>();
        for (Worker a : workers.values()) {
            if (tries[0] >= MAX_TRIES || (made.getOrDefault(SwapStatus.APPROVED, 0) >= 1 && pending.size() >= 2)
                    || pending.size() >= MAX_PENDING
                    || a == ist || login(a.username()).isEmpty()) {
                continue;
            }
            for (Exchange e : exchanges(a, workers).stream().filter(x -> x.b() != ist).limit(1).toList()) {
                Optional<ShiftSwap> proposed = propose(e.a(), e.aDate(), e.b(), e.bDate(), tries);
                if (proposed.isEmpty()) {
                    continue;
                }
                ShiftSwap answered;
                try {
                    answered = as(e.b().username(), () -> swaps.respond(proposed.get().id(), true));
                } catch (RuntimeException failed) {
                    // the proposal stays, waiting for the colleague's answer
                    log.info("Demo swap {} not answered: {}", proposed.get().id(), failed.getMessage());
                    continue;
                }
                count(made, answered.status());
                if (answered.status() == SwapStatus.PENDING_PLANNER) {
                    pending.add(answered.id());
                }
            }
        }
        if (!pending.isEmpty()) {
            // the planner refuses one with a reason the agents read; any other waits in the inbox
            as(PLANNER, () -> swaps.decideAsPlanner(pending.get(0), false,
                    "The chat queue is short that day already; ask again for the week after."));
            made.merge(SwapStatus.PENDING_PLANNER, -1, Integer::sum);
            count(made, SwapStatus.REFUSED);
        }
        return made;
    }

    private static void count(Map<SwapStatus, Integer> made, ShiftSwap swap) {
        count(made, swap.status());
    }

    private static void count(Map<SwapStatus, Integer> made, SwapStatus status) {
        made.merge(status, 1, Integer::sum);
    }

    /** Proposes as {@code from}; empty when the rules refuse it or a login is missing. */
    private Optional<ShiftSwap> propose(Worker from, LocalDate fromDate, Worker to, LocalDate toDate, int[] tries) {
        if (tries[0] >= MAX_TRIES || login(from.username()).isEmpty() || login(to.username()).isEmpty()) {
            return Optional.empty();
        }
        tries[0]++;
        try {
            return Optional.of(as(from.username(), () -> swaps.propose(to.employeeNumber(), fromDate, toDate, null)));
        } catch (SwapRefusedException refused) {
            log.debug("Demo swap of {} on {} with {} on {} refused: {}", from.username(), fromDate, to.username(),
                    toDate, refused.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Exchanges of {@code a} with colleagues of the same team: shifts of one day both work, or a day each works and the
     * other does not, in one week.
     */
    static List<Exchange> exchanges(Worker a, Map<String, Worker> workers) {
        WeekFields iso = WeekFields.ISO;
        List<List<Exchange>> byColleague = new ArrayList<>();
        for (Worker b : workers.values()) {
            if (b == a || b.team() == null || !b.team().equals(a.team())) {
                continue;
            }
            List<Exchange> withB = new ArrayList<>();
            // the same day's different shifts first: the days each works stay as they are, so the rules on runs of
            // days and weekends that refuse most exchanges of days are not touched
            a.worked().stream().filter(b.worked()::contains)
                    .filter(d -> !a.shifts().get(d).equals(b.shifts().get(d)))
                    .forEach(d -> withB.add(new Exchange(a, d, b, d)));
            for (LocalDate aDate : a.worked()) {
                if (b.worked().contains(aDate)) {
                    continue;
                }
                b.worked().stream().filter(d -> !a.worked().contains(d))
                        .filter(d -> d.get(iso.weekOfWeekBasedYear()) == aDate.get(iso.weekOfWeekBasedYear()))
                        .findFirst().ifPresent(bDate -> withB.add(new Exchange(a, aDate, b, bDate)));
            }
            if (!withB.isEmpty()) {
                byColleague.add(withB);
            }
        }
        // each colleague's first exchange, then each one's second, and so on: a rule that refuses one exchange of a
        // colleague often refuses the next, so trying many colleagues early finds an allowed exchange sooner
        List<Exchange> found = new ArrayList<>();
        for (int round = 0; found.size() < byColleague.stream().mapToInt(List::size).sum(); round++) {
            for (List<Exchange> withB : byColleague) {
                if (round < withB.size()) {
                    found.add(withB.get(round));
                }
            }
        }
        return found;
    }

    private Optional<UserDetails> login(String username) {
        try {
            UserDetails user = users.loadUserByUsername(username);
            return user.isEnabled() ? Optional.of(user) : Optional.empty();
        } catch (UsernameNotFoundException none) {
            return Optional.empty();
        }
    }

    /** Runs {@code work} signed in as {@code username}, as the services check roles and scope data to the user. */
    private <T> T as(String username, Supplier<T> work) {
        UserDetails user = users.loadUserByUsername(username);
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
