package dev.frontline.selfservice.bidding;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.db.enums.BidRoundStatus;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.IntervalDemand;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.TimeOff;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterCopies;
import dev.frontline.roster.service.RosterScenario;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.security.CurrentUser;
import dev.frontline.selfservice.bidding.engine.Allocation;
import dev.frontline.selfservice.bidding.engine.Bidder;
import dev.frontline.selfservice.bidding.engine.Candidate;
import dev.frontline.selfservice.bidding.engine.Line;
import dev.frontline.selfservice.bidding.engine.LineBuilder;
import dev.frontline.selfservice.bidding.engine.LineRules;
import dev.frontline.selfservice.bidding.engine.LineShift;
import dev.frontline.selfservice.bidding.engine.LineSummary;
import dev.frontline.selfservice.bidding.engine.Place;
import dev.frontline.selfservice.bidding.engine.Precedence;
import dev.frontline.selfservice.bidding.engine.PrecedenceOrder;
import dev.frontline.selfservice.bidding.persistence.BidRepository;
import dev.frontline.selfservice.bidding.persistence.BidRepository.AwardRow;
import dev.frontline.selfservice.bidding.persistence.BidRepository.LineRow;
import dev.frontline.selfservice.bidding.persistence.BidRepository.PlaceRow;
import dev.frontline.selfservice.notifications.NotificationService;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Shift choice with stated precedence (line bidding). A planner makes a round from a solved, unpublished roster
 * version: each agent's schedule of the period becomes an anonymous line (identical ones merged with a count), with
 * the queues its shifts covered and the contracts that can keep it; every agent with a schedule bids, and may rank the
 * lines they can work (checked once, when the round is made). Until the deadline agents rank; the allocation gives
 * each a line in precedence order ({@link Allocation}); applying writes a new draft version with each line's shifts on
 * its awarded agent and tells every agent what they got.
 */
@Service
public class BidService {

    /** Where agents bid; notifications open it. */
    public static final String LINK = "me/shift-bids";
    static final int ROUND_LIST_LIMIT = 50;

    private final BidRepository repository;
    private final RosterService rosters;
    private final RosterCopies copies;
    private final NotificationService notifications;
    private final CurrentUser currentUser;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final BidDeadlineJobs deadlines;

    BidService(BidRepository repository, RosterService rosters, RosterCopies copies, NotificationService notifications,
            CurrentUser currentUser, AuditTrail audit, PlatformTransactionManager transactions, Clock clock,
            BidDeadlineJobs deadlines) {
        this.deadlines = deadlines;
        this.repository = repository;
        this.rosters = rosters;
        this.copies = copies;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    // ---------------------------------------------------------------- planner: make a round

    /**
     * Makes a round from a solved, unpublished roster version and opens it to its agents. Refused with the field and
     * rule: no rule or deadline ({@code REQUIRED}), a deadline not in the future ({@code DEADLINE_PAST}) or after the
     * period starts ({@code DEADLINE_AFTER_START}), a published or archived version ({@code ROSTER_PUBLISHED},
     * {@code ROSTER_ARCHIVED}), one not solved ({@code ROSTER_NOT_SOLVED}) or without shifts ({@code NO_LINES}), a
     * seed for another rule ({@code SEED_ONLY_FOR_LOTTERY}); 409 when the version has a round not yet applied.
     * A lottery without a seed gets a random one, shown with the round.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public BidRound createRound(long rosterVersionId, Precedence precedence, OffsetDateTime deadline, Long seed) {
        if (precedence == null) {
            throw new BidRefusedException("precedence", "REQUIRED", "choose a precedence rule: SENIORITY,"
                    + " LAST_PERIOD_SATISFACTION or SEEDED_LOTTERY");
        }
        if (deadline == null) {
            throw new BidRefusedException("deadline", "REQUIRED", "the deadline for rankings is missing");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!deadline.isAfter(now)) {
            throw new BidRefusedException("deadline", "DEADLINE_PAST", "the deadline " + deadline
                    + " is not in the future");
        }
        if (seed != null && precedence != Precedence.SEEDED_LOTTERY) {
            throw new BidRefusedException("seed", "SEED_ONLY_FOR_LOTTERY", "a seed is only for the SEEDED_LOTTERY rule, not "
                    + precedence);
        }
        RosterVersionSummary version = rosters.version(rosterVersionId);
        if (version.status() == RosterStatus.PUBLISHED) {
            throw new BidRefusedException("rosterVersionId", "ROSTER_PUBLISHED", "roster version " + rosterVersionId
                    + " is published; lines come from a solved draft that agents have not been given yet");
        }
        if (version.status() == RosterStatus.ARCHIVED) {
            throw new BidRefusedException("rosterVersionId", "ROSTER_ARCHIVED", "roster version " + rosterVersionId
                    + " is archived; lines come from a solved draft");
        }
        if (version.hardScore() == null) {
            throw new BidRefusedException("rosterVersionId", "ROSTER_NOT_SOLVED", "roster version " + rosterVersionId
                    + " has not been solved yet; solve it first, its shifts become the lines");
        }
        if (repository.unappliedRoundExists(rosterVersionId)) {
            throw new BidRefusedException("rosterVersionId", "ROUND_EXISTS", "roster version " + rosterVersionId
                    + " already has a bid round that is not applied", true);
        }
        LoadedRoster loaded = rosters.load(rosterVersionId);
        RosterScenario scenario = loaded.scenario();
        if (!deadline.isBefore(scenario.instant(0, 0))) {
            throw new BidRefusedException("deadline", "DEADLINE_AFTER_START", "the deadline " + deadline
                    + " is not before the period starts on " + scenario.firstDay());
        }
        Made made = make(loaded);
        if (made.lines().isEmpty()) {
            throw new BidRefusedException("rosterVersionId", "NO_LINES", "roster version " + rosterVersionId
                    + " has no shifts to make lines of");
        }
        Long usedSeed = precedence == Precedence.SEEDED_LOTTERY ? (seed != null ? seed : (long) random.nextInt(1_000_000))
                : null;
        Optional<BidRound> previous = precedence == Precedence.LAST_PERIOD_SATISFACTION ? repository.newestApplied()
                : Optional.empty();
        String by = currentUser.require().getUsername();
        long roundId = transaction.execute(status -> {
            Map<Long, BidRepository.AgentRow> agents = repository.agents(made.bidders());
            List<Bidder> bidders = made.bidders().stream().map(id -> new Bidder(id, agents.get(id).employeeNumber(),
                    agents.get(id).hireDate())).toList();
            List<Place> places = switch (precedence) {
                case SENIORITY -> PrecedenceOrder.seniority(bidders);
                case SEEDED_LOTTERY -> PrecedenceOrder.lottery(bidders, usedSeed);
                case LAST_PERIOD_SATISFACTION -> PrecedenceOrder.satisfaction(bidders, previousResults(previous));
            };
            long id = repository.insertRound(rosterVersionId, scenario.firstDay(), scenario.lastDay(),
                    scenario.zone().getId(), precedence, usedSeed, previous.map(BidRound::id).orElse(null), deadline, by);
            Map<Integer, Long> lineIds = new HashMap<>();
            List<BidRepository.NewLineShift> shifts = new ArrayList<>();
            for (Line line : made.lines()) {
                long lineId = repository.insertLine(id, line.number(), line.copies(), sorted(line.queues()),
                        made.contracts().get(line.number()));
                lineIds.put(line.number(), lineId);
                repository.insertLineSources(lineId, line.sourceAgentIds());
                for (LineShift s : line.shifts()) {
                    shifts.add(new BidRepository.NewLineShift(lineId, s.date(), scenario.shiftTemplates().get(s.shift().id()),
                            s.shift().id(), scenario.instant(s.day(), s.shift().startMinute()), s.shift().lengthMinutes(),
                            s.siteCode() == null ? null : scenario.siteIds().get(s.siteCode())));
                }
            }
            repository.insertLineShifts(shifts);
            repository.insertParticipants(id, places.stream().map(p -> new PlaceRow(p.agentId(), p.place(), p.basis(),
                    p.args())).toList());
            Map<Long, List<Long>> eligibility = new LinkedHashMap<>();
            made.eligible().forEach((agent, numbers) -> eligibility.put(agent, numbers.stream().map(lineIds::get).toList()));
            repository.insertEligibility(id, eligibility);
            audit.record("bid-round", Long.toString(id), AuditAction.CREATE, Phrase.of("audit.bid.created", rosterVersionId,
                    made.lines().size(), bidders.size(), String.valueOf(precedence),
                    deadline.atZoneSameInstant(scenario.zone()).toLocalDate()));
            ZoneId zone = scenario.zone();
            for (Bidder b : bidders) {
                notifications.notify(b.agentId(), "selfservice.bidding.notify.opened", List.of(scenario.firstDay(),
                        scenario.lastDay(), deadline.atZoneSameInstant(zone)), LINK);
            }
            return id;
        });
        deadlines.schedule(roundId, deadline);
        return round(roundId);
    }

    /** How many hours before a round's deadline agents who have not ranked are reminded. */
    public int reminderHours() {
        return deadlines.reminderHours();
    }

    /**
     * The lines a round would offer from a solved, unpublished roster version, before any round is opened: nothing is
     * stored and no agent is told. Refused like {@link #createRound} for a published, archived or unsolved version.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public BidPreview preview(long rosterVersionId) {
        RosterVersionSummary version = rosters.version(rosterVersionId);
        if (version.status() != RosterStatus.DRAFT) {
            throw new BidRefusedException("rosterVersionId", version.status() == RosterStatus.PUBLISHED
                    ? "ROSTER_PUBLISHED" : "ROSTER_ARCHIVED", "roster version " + rosterVersionId + " is "
                    + version.status() + "; lines come from a solved draft");
        }
        if (version.hardScore() == null) {
            throw new BidRefusedException("rosterVersionId", "ROSTER_NOT_SOLVED", "roster version " + rosterVersionId
                    + " has not been solved yet; solve it first, its shifts become the lines");
        }
        LoadedRoster loaded = rosters.load(rosterVersionId);
        RosterScenario scenario = loaded.scenario();
        Made made = make(loaded);
        Map<Integer, Integer> eligibleAgents = new HashMap<>();
        made.eligible().values().forEach(numbers -> numbers.forEach(n -> eligibleAgents.merge(n, 1, Integer::sum)));
        List<BidPreview.PreviewLine> lines = new ArrayList<>();
        for (Line line : made.lines()) {
            List<BidLineShift> shifts = line.shifts().stream().map(s -> new BidLineShift(s.date(), s.shift().id(),
                    scenario.instant(s.day(), s.shift().startMinute()), s.shift().lengthMinutes(), s.siteCode())).toList();
            lines.add(new BidPreview.PreviewLine(new BidLine(0, line.number(), line.copies(), sorted(line.queues()),
                    made.contracts().get(line.number()), shifts, LineSummary.of(line, scenario.days())),
                    eligibleAgents.getOrDefault(line.number(), 0)));
        }
        return new BidPreview(rosterVersionId, scenario.firstDay(), scenario.lastDay(), made.bidders().size(), lines);
    }

    /**
     * The round's reminder (a job {@code frontline.selfservice.reminder-hours} before the deadline): each agent of an
     * open round who has ranked no line is told the deadline. Returns how many were told; none once the round moved on.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public int remindUnranked(long roundId) {
        Optional<BidRound> found = repository.round(roundId);
        if (found.isEmpty() || !found.get().openAt(OffsetDateTime.now(clock))) {
            return 0;
        }
        BidRound round = found.get();
        Set<Long> ranked = repository.rankings(roundId).keySet();
        ZoneId zone = ZoneId.of(round.timeZone());
        int told = 0;
        for (PlaceRow place : repository.places(roundId)) {
            if (!ranked.contains(place.agentId())) {
                notifications.notify(place.agentId(), "selfservice.bidding.notify.reminder", List.of(round.firstDay(),
                        round.lastDay(), round.deadline().atZoneSameInstant(zone)), LINK);
                told++;
            }
        }
        audit.record("bid-round", Long.toString(roundId), AuditAction.UPDATE, Phrase.of("audit.bid.reminded", told));
        return told;
    }

    /**
     * The allocation at the deadline (a job at the deadline): allocates the round when it is still open, as the planner
     * who made it; a round allocated by hand meanwhile, applied or deleted is left as it is (empty).
     */
    @PreAuthorize("hasRole('PLANNER')")
    public Optional<AllocationReview> allocateAtDeadline(long roundId) {
        Optional<BidRound> found = repository.round(roundId);
        if (found.isEmpty() || found.get().status() != BidRoundStatus.OPEN) {
            return Optional.empty();
        }
        return Optional.of(allocate(roundId));
    }

    private Map<Long, PrecedenceOrder.PreviousResult> previousResults(Optional<BidRound> previous) {
        if (previous.isEmpty()) {
            return Map.of();
        }
        long id = previous.get().id();
        Map<Long, List<Long>> rankings = repository.rankings(id);
        Map<Long, PrecedenceOrder.PreviousResult> results = new HashMap<>();
        for (AwardRow award : repository.awards(id)) {
            results.put(award.agentId(), new PrecedenceOrder.PreviousResult(award.rank(),
                    !rankings.getOrDefault(award.agentId(), List.of()).isEmpty()));
        }
        return results;
    }

    /** The lines of a loaded roster, who bids, what each may rank, and per line the contracts that can keep it. */
    record Made(List<Line> lines, List<Long> bidders, Map<Long, List<Integer>> eligible, Map<Integer, List<String>> contracts) {
    }

    static Made make(LoadedRoster loaded) {
        Roster roster = loaded.roster();
        RosterScenario scenario = loaded.scenario();
        Map<String, BitSet> demand = new HashMap<>();
        for (IntervalDemand d : roster.getIntervalDemands()) {
            if (d.requiredMilli() > 0) {
                demand.computeIfAbsent(d.queue().id(), q -> new BitSet()).set(d.interval());
            }
        }
        Map<String, List<LineShift>> shiftsByAgent = new LinkedHashMap<>();
        for (AgentDay d : roster.getAgentDays()) {
            if (d.isWorking()) {
                shiftsByAgent.computeIfAbsent(d.getAgent().id(), a -> new ArrayList<>()).add(new LineShift(d.getDay(),
                        d.getDate(), d.getShift(), d.getLocation() != null && d.getLocation().isOffice()
                                ? d.getLocation().site().id() : null));
            }
        }
        Map<String, Agent> agents = new LinkedHashMap<>();
        roster.getAgents().forEach(a -> agents.put(a.id(), a));
        List<LineBuilder.Schedule> schedules = new ArrayList<>();
        shiftsByAgent.forEach((agentId, shifts) -> schedules.add(new LineBuilder.Schedule(
                scenario.agentIds().get(agentId), shifts, coveredQueues(agents.get(agentId), shifts, demand))));
        List<Line> lines = LineBuilder.build(schedules);
        Map<String, Contract> contracts = new TreeMap<>();
        roster.getAgents().forEach(a -> contracts.putIfAbsent(a.contract().id(), a.contract()));
        Map<Integer, List<String>> lineContracts = new HashMap<>();
        for (Line line : lines) {
            lineContracts.put(line.number(), contracts.values().stream()
                    .filter(c -> LineRules.contract(c, line, scenario.firstDay(), scenario.days(), Map.of()).isEmpty())
                    .map(Contract::id).toList());
        }
        Map<String, List<TimeOff>> timeOff = new HashMap<>();
        roster.getTimeOffs().forEach(t -> timeOff.computeIfAbsent(t.agent().id(), a -> new ArrayList<>()).add(t));
        List<Long> bidders = new ArrayList<>();
        Map<Long, List<Integer>> eligible = new LinkedHashMap<>();
        for (String agentId : shiftsByAgent.keySet()) {
            Agent agent = agents.get(agentId);
            long dbId = scenario.agentIds().get(agentId);
            bidders.add(dbId);
            Candidate candidate = candidate(roster, scenario, agent, dbId, timeOff.getOrDefault(agentId, List.of()));
            List<Integer> mine = new ArrayList<>();
            for (Line line : lines) {
                boolean source = line.sourceAgentIds().contains(dbId);
                if (source || (LineRules.agent(candidate, line).isEmpty() && LineRules.contract(agent.contract(), line,
                        scenario.firstDay(), scenario.days(), candidate.creditedMinutes()).isEmpty())) {
                    mine.add(line.number());
                }
            }
            eligible.put(dbId, mine);
        }
        return new Made(lines, bidders, eligible, lineContracts);
    }

    /** The agent's queues that had a requirement in an interval of the schedule's shifts. */
    private static Set<String> coveredQueues(Agent agent, List<LineShift> shifts, Map<String, BitSet> demand) {
        Set<String> covered = new TreeSet<>();
        for (var queue : agent.skills().keySet()) {
            BitSet needed = demand.get(queue.id());
            if (needed == null) {
                continue;
            }
            for (LineShift s : shifts) {
                int from = DemandIndex.intervalOf(s.day(), s.shift().startMinute());
                int to = from + (s.shift().lengthMinutes() + DemandIndex.INTERVAL_MINUTES - 1) / DemandIndex.INTERVAL_MINUTES;
                int next = needed.nextSetBit(from);
                if (next >= 0 && next < to) {
                    covered.add(queue.id());
                    break;
                }
            }
        }
        return covered;
    }

    private static Candidate candidate(Roster roster, RosterScenario scenario, Agent agent, long dbId,
            List<TimeOff> timeOff) {
        List<Set<ShiftType>> offered = new ArrayList<>();
        Map<Integer, Integer> credited = new HashMap<>();
        for (int day = 0; day < scenario.days(); day++) {
            AgentDay d = roster.agentDay(agent.id(), day);
            offered.add(d == null ? Set.of() : Set.copyOf(d.getOfferedShifts()));
            if (d != null && d.getCreditedMinutes() > 0) {
                credited.put(day, d.getCreditedMinutes());
            }
        }
        Set<String> sites = new HashSet<>();
        boolean home = false;
        for (WorkLocation location : agent.locations()) {
            if (location.isOffice()) {
                sites.add(location.site().id());
            } else {
                home = true;
            }
        }
        Set<Integer> off = new HashSet<>();
        timeOff.forEach(t -> off.add(t.day()));
        return new Candidate(dbId, agent.contract(), agent.skills().keySet().stream().map(q -> q.id())
                .collect(java.util.stream.Collectors.toSet()), home, sites, offered, off, credited);
    }

    private static List<String> sorted(Set<String> values) {
        return new ArrayList<>(new TreeSet<>(values));
    }

    // ---------------------------------------------------------------- planner: read, allocate, apply

    @PreAuthorize("hasRole('PLANNER')")
    public List<BidRound> rounds() {
        return repository.rounds(ROUND_LIST_LIMIT);
    }

    /** A round id that names no round, as a 404 in the reader's language. */
    public static UnknownEntityException unknownRound(long roundId) {
        return new UnknownEntityException("roundId", Phrase.of("rest.unknown.bid-round", String.valueOf(roundId)));
    }

    @PreAuthorize("hasRole('PLANNER')")
    public BidRound round(long roundId) {
        return repository.round(roundId)
                .orElseThrow(() -> unknownRound(roundId));
    }

    /** The round's lines with their copies, queues, contracts, shifts and a summary. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<BidLine> lines(long roundId) {
        BidRound round = round(roundId);
        return lines(round, null);
    }

    /** How many participants have ranked at least one line. */
    @PreAuthorize("hasRole('PLANNER')")
    public int rankedCount(long roundId) {
        return repository.rankings(roundId).size();
    }

    private List<BidLine> lines(BidRound round, Set<Long> only) {
        ZoneId zone = ZoneId.of(round.timeZone());
        int days = (int) (round.lastDay().toEpochDay() - round.firstDay().toEpochDay()) + 1;
        Map<Long, List<BidLineShift>> shifts = repository.lineShifts(round.id());
        List<BidLine> lines = new ArrayList<>();
        for (LineRow row : repository.lines(round.id())) {
            if (only != null && !only.contains(row.id())) {
                continue;
            }
            List<BidLineShift> mine = shifts.getOrDefault(row.id(), List.of());
            lines.add(new BidLine(row.id(), row.number(), row.copies(), row.queues(), row.contracts(), mine,
                    LineSummary.of(engineLine(row, mine, round.firstDay(), zone), days)));
        }
        return lines;
    }

    private static Line engineLine(LineRow row, List<BidLineShift> shifts, LocalDate firstDay, ZoneId zone) {
        List<LineShift> engine = new ArrayList<>();
        for (BidLineShift s : shifts) {
            var local = s.startsAt().atZoneSameInstant(zone).toLocalTime();
            engine.add(new LineShift((int) (s.date().toEpochDay() - firstDay.toEpochDay()), s.date(),
                    new ShiftType(s.shiftCode(), local.getHour() * 60 + local.getMinute(), s.lengthMinutes()), s.siteCode()));
        }
        return new Line(row.number(), engine, Set.copyOf(row.queues()), java.util.Collections.nCopies(row.copies(), 0L));
    }

    /**
     * Allocates the round (after the deadline, or early when the planner chooses): serial dictatorship in precedence
     * order with the matching guard. May run again until the awards are applied; each run replaces the awards.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public AllocationReview allocate(long roundId) {
        double[] millis = new double[1];
        transaction.executeWithoutResult(status -> {
            repository.lock(roundId);
            BidRound round = round(roundId);
            if (round.status() == BidRoundStatus.APPLIED) {
                throw new BidRefusedException("roundId", "ROUND_APPLIED", "bid round " + roundId
                        + " is applied already; its awards are in roster version " + round.appliedVersionId(), true);
            }
            List<LineRow> lines = repository.lines(roundId);
            Map<Long, Integer> lineIndex = new HashMap<>();
            int[] copyCounts = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                lineIndex.put(lines.get(i).id(), i);
                copyCounts[i] = lines.get(i).copies();
            }
            List<PlaceRow> places = repository.places(roundId);
            Map<Long, List<Long>> eligibility = repository.eligibility(roundId);
            Map<Long, List<Long>> rankings = repository.rankings(roundId);
            Map<Long, Long> ownLine = new HashMap<>();
            repository.lineSources(roundId).forEach((line, sources) -> sources.forEach(a -> ownLine.put(a, line)));
            int n = places.size();
            int[][] eligible = new int[n][];
            int[][] ranking = new int[n][];
            int[] own = new int[n];
            int[] order = new int[n];
            for (int a = 0; a < n; a++) {
                long agent = places.get(a).agentId();
                eligible[a] = eligibility.getOrDefault(agent, List.of()).stream().mapToInt(lineIndex::get).toArray();
                ranking[a] = rankings.getOrDefault(agent, List.of()).stream().mapToInt(lineIndex::get).toArray();
                Long ownId = ownLine.get(agent);
                own[a] = ownId == null ? -1 : lineIndex.get(ownId);
                order[a] = a;
            }
            long started = System.nanoTime();
            List<Allocation.Award> awards = Allocation.allocate(new Allocation.Problem(copyCounts, eligible, ranking, order,
                    own));
            millis[0] = (System.nanoTime() - started) / 1e6;
            List<AwardRow> rows = new ArrayList<>();
            for (Allocation.Award award : awards) {
                long agent = places.get(award.agent()).agentId();
                Long line = award.line() < 0 ? null : lines.get(award.line()).id();
                List<String> args = switch (award.reason()) {
                    case Allocation.RANKED -> List.of(Integer.toString(award.rank()), Integer.toString(award.taken()),
                            Integer.toString(award.kept()));
                    case Allocation.RANKED_ALL_GONE -> List.of(Integer.toString(ranking[award.agent()].length),
                            Integer.toString(award.taken()), Integer.toString(award.kept()));
                    default -> List.of();
                };
                rows.add(new AwardRow(agent, line, award.rank() == 0 ? null : award.rank(), award.reason(), args));
            }
            repository.replaceAwards(roundId, rows);
            repository.markAllocated(roundId, currentUser.require().getUsername(), OffsetDateTime.now(clock));
            audit.record("bid-round", Long.toString(roundId), AuditAction.UPDATE, Phrase.of("audit.bid.allocated",
                    rows.size(), rows.stream().filter(r -> Integer.valueOf(1).equals(r.rank())).count(),
                    rows.stream().filter(r -> r.lineId() == null).count()));
        });
        AllocationReview review = review(roundId);
        return new AllocationReview(review.round(), review.awards(), review.agents(), review.firstChoices(),
                review.rankedLines(), review.withoutLine(), review.teams(), millis[0]);
    }

    /** The awards of an allocated or applied round: who got which rank, the share of first choices, per team. */
    @PreAuthorize("hasRole('PLANNER')")
    public AllocationReview review(long roundId) {
        BidRound round = round(roundId);
        List<BidAward> awards = repository.awardsInOrder(roundId);
        Map<String, List<BidAward>> byTeam = new TreeMap<>();
        awards.forEach(a -> byTeam.computeIfAbsent(a.team() == null ? "" : a.team(), t -> new ArrayList<>()).add(a));
        List<AllocationReview.TeamShare> teams = new ArrayList<>();
        byTeam.forEach((team, list) -> teams.add(new AllocationReview.TeamShare(team.isEmpty() ? null : team, list.size(),
                (int) list.stream().filter(a -> Integer.valueOf(1).equals(a.rank())).count(),
                (int) list.stream().filter(a -> a.rank() != null).count(),
                list.stream().filter(a -> a.rank() != null).mapToInt(BidAward::rank).average().orElse(0))));
        return new AllocationReview(round, awards, awards.size(),
                (int) awards.stream().filter(a -> Integer.valueOf(1).equals(a.rank())).count(),
                (int) awards.stream().filter(a -> a.rank() != null).count(),
                (int) awards.stream().filter(a -> a.lineId() == null).count(), teams, null);
    }

    /**
     * Writes the awards as a new draft roster version: each line's shifts (copied from its source agents' schedules)
     * on the agents awarded it, breaks placed again; the draft is then published the normal way. Every agent is told
     * their line and rank. Refused unless the round is allocated ({@code NOT_ALLOCATED}) and its source still a draft.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public BidRound apply(long roundId) {
        transaction.executeWithoutResult(status -> {
            repository.lock(roundId);
            BidRound round = round(roundId);
            if (round.status() != BidRoundStatus.ALLOCATED) {
                throw new BidRefusedException("roundId", round.status() == BidRoundStatus.APPLIED ? "ROUND_APPLIED"
                        : "NOT_ALLOCATED", "bid round " + roundId + " is " + round.status()
                        + "; only an allocated round can be applied", round.status() == BidRoundStatus.APPLIED);
            }
            RosterVersionSummary source = rosters.version(round.rosterVersionId());
            if (source.status() != RosterStatus.DRAFT) {
                throw new BidRefusedException("rosterVersionId", "ROSTER_PUBLISHED", "roster version " + source.id()
                        + " is " + source.status() + " now; the round's lines came from it as a draft");
            }
            List<BidAward> awards = repository.awardsInOrder(roundId);
            Map<Long, List<Long>> sources = repository.lineSources(roundId);
            Map<Long, Integer> nextSource = new HashMap<>();
            Map<Long, Long> remap = new LinkedHashMap<>();
            for (BidAward award : awards) {
                if (award.lineId() == null) {
                    continue;
                }
                int next = nextSource.merge(award.lineId(), 1, Integer::sum) - 1;
                remap.put(sources.get(award.lineId()).get(next), award.agentId());
            }
            RosterVersionSummary applied = copies.copyWithAgents(source.id(), source.name() + " (bid round " + roundId
                    + ")", remap);
            String by = currentUser.require().getUsername();
            repository.markApplied(roundId, applied.id(), by, OffsetDateTime.now(clock));
            audit.record("bid-round", Long.toString(roundId), AuditAction.UPDATE, Phrase.of("audit.bid.applied",
                    applied.id(), remap.size()));
            for (BidAward award : awards) {
                if (award.lineId() == null) {
                    notifications.notify(award.agentId(), "selfservice.bidding.notify.none", List.of(), LINK);
                } else if (award.rank() == null) {
                    notifications.notify(award.agentId(), "selfservice.bidding.notify.unranked",
                            List.of(award.lineNumber()), LINK);
                } else {
                    notifications.notify(award.agentId(), "selfservice.bidding.notify.awarded",
                            List.of(award.rank(), award.lineNumber()), LINK);
                }
            }
        });
        return round(roundId);
    }

    // ---------------------------------------------------------------- agents

    /** The newest round the signed-in agent takes part in, as they see it; empty when there is none. */
    @PreAuthorize("hasRole('AGENT')")
    public Optional<MyBidRound> myCurrentRound() {
        long me = myAgentId();
        return repository.newestRoundOf(me).map(round -> myRound(round, me));
    }

    /** One round as the signed-in agent sees it; 403 when they do not take part in it. */
    @PreAuthorize("hasRole('AGENT')")
    public MyBidRound myRound(long roundId) {
        long me = myAgentId();
        BidRound round = repository.round(roundId)
                .orElseThrow(() -> unknownRound(roundId));
        return myRound(round, me);
    }

    private MyBidRound myRound(BidRound round, long me) {
        PlaceRow place = repository.place(round.id(), me)
                .orElseThrow(() -> new AccessDeniedException("you do not take part in bid round " + round.id()));
        Set<Long> eligible = new HashSet<>(repository.eligibleLines(round.id(), me));
        BidAward award = round.status() == BidRoundStatus.APPLIED ? myAward(round.id(), me) : null;
        return new MyBidRound(round, place.place(), round.participants(), place.basis(), place.args(),
                lines(round, eligible), repository.ranking(round.id(), me), round.openAt(OffsetDateTime.now(clock)), award);
    }

    /**
     * Replaces the signed-in agent's ranking (line ids, most wanted first; empty = none). Refused with the rule: a
     * line of another round or none ({@code UNKNOWN_LINE}), one they may not work ({@code NOT_ELIGIBLE}), a line twice
     * ({@code DUPLICATE_LINE}), after the deadline or once allocated ({@code DEADLINE_PASSED}); 403 outside the round.
     */
    @PreAuthorize("hasRole('AGENT')")
    public MyBidRound saveRanking(long roundId, List<Long> lineIds) {
        long me = myAgentId();
        if (lineIds == null) {
            throw new BidRefusedException("lineIds", "REQUIRED", "the ranking is missing (an empty list ranks no line)");
        }
        transaction.executeWithoutResult(status -> {
            repository.lock(roundId);
            BidRound round = repository.round(roundId)
                    .orElseThrow(() -> unknownRound(roundId));
            if (repository.place(roundId, me).isEmpty()) {
                throw new AccessDeniedException("you do not take part in bid round " + roundId);
            }
            if (!round.openAt(OffsetDateTime.now(clock))) {
                throw new BidRefusedException("lineIds", "DEADLINE_PASSED", "bid round " + roundId + " took rankings until "
                        + round.deadline() + (round.status() == BidRoundStatus.OPEN ? "" : " and is " + round.status()));
            }
            Map<Long, Integer> numbers = new HashMap<>();
            repository.lines(roundId).forEach(l -> numbers.put(l.id(), l.number()));
            Set<Long> eligible = new HashSet<>(repository.eligibleLines(roundId, me));
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < lineIds.size(); i++) {
                Long line = lineIds.get(i);
                String field = "lineIds[" + i + "]";
                if (line == null || !numbers.containsKey(line)) {
                    throw new BidRefusedException(field, "UNKNOWN_LINE", "line id " + line + " is not a line of bid round "
                            + roundId);
                }
                if (!seen.add(line)) {
                    throw new BidRefusedException(field, "DUPLICATE_LINE", "line " + numbers.get(line)
                            + " is ranked twice; rank each line once");
                }
                if (!eligible.contains(line)) {
                    throw new BidRefusedException(field, "NOT_ELIGIBLE", "line " + numbers.get(line)
                            + " is not one you may work (skills, contract, availability or place)");
                }
            }
            repository.replaceRanking(roundId, me, lineIds);
        });
        return myRound(roundId);
    }

    /** The signed-in agent's award once the round is applied; 403 outside the round, empty before it is applied. */
    @PreAuthorize("hasRole('AGENT')")
    public Optional<BidAward> myAward(long roundId) {
        long me = myAgentId();
        BidRound round = repository.round(roundId)
                .orElseThrow(() -> unknownRound(roundId));
        if (repository.place(roundId, me).isEmpty()) {
            throw new AccessDeniedException("you do not take part in bid round " + roundId);
        }
        return round.status() == BidRoundStatus.APPLIED ? Optional.ofNullable(myAward(roundId, me)) : Optional.empty();
    }

    private BidAward myAward(long roundId, long me) {
        return repository.awardsInOrder(roundId).stream().filter(a -> a.agentId() == me).findFirst().orElse(null);
    }

    private long myAgentId() {
        return currentUser.require().agentId()
                .orElseThrow(() -> new AccessDeniedException("only an agent takes part in a bid round"));
    }
}
