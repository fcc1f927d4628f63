package dev.frontline.quality.speed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.db.enums.AppRole;
import dev.frontline.quality.speed.engine.AgentResult;
import dev.frontline.quality.speed.engine.Flag;
import dev.frontline.quality.speed.engine.KpiSums;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.quality.speed.engine.MonthSums;
import dev.frontline.quality.speed.engine.MonthlyTrend;
import dev.frontline.quality.speed.engine.SpeedQualityAnalysis;
import dev.frontline.quality.speed.engine.SpeedQualityRules;
import dev.frontline.quality.speed.engine.Spread;
import dev.frontline.quality.speed.engine.TeamResult;
import dev.frontline.quality.speed.persistence.SpeedQualityRepository;
import dev.frontline.security.CurrentUser;
import dev.frontline.security.FrontlineUser;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Speed against quality for HR and planners (every team and agent, with flags) and for agents (their own figures
 * against their team's range, nothing of anyone else). The role checks live here, so the pages and the REST API
 * cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class SpeedQualityService {

    /** Months a trend covers at least, ending with the period's last month. */
    public static final int TREND_MONTHS = 12;

    private final SpeedQualityRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final SpeedQualityRules rules = SpeedQualityRules.DEFAULT;

    SpeedQualityService(SpeedQualityRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public SpeedQualityRules rules() {
        return rules;
    }

    /**
     * The period a page opens on: the month of the last recorded day and the two before it, up to that day (today's
     * when nothing is recorded), so flags rest on about three months of evaluations.
     */
    public Period defaultPeriod() {
        LocalDate last = repository.lastDay().orElse(LocalDate.now(clock));
        return new Period(YearMonth.from(last).minusMonths(2).atDay(1), last);
    }

    /** Every team's line over the period; HR and planners only. */
    public List<TeamSummary> teams(Period period) {
        requireHrOrPlanner();
        Map<Long, Long> teamOf = new HashMap<>();
        // by today's team, whatever the agent's employment dates: every figure of the period counts for its team
        repository.allAgents().forEach(a -> {
            if (a.teamId() != null) {
                teamOf.put(a.id(), a.teamId());
            }
        });
        Map<Long, Map<Long, KpiSums>> byTeam = new HashMap<>();
        for (MonthSums row : repository.centreMonthSums(period.from(), period.to())) {
            Long team = teamOf.get(row.agentId());
            if (team != null) {
                byTeam.computeIfAbsent(team, t -> new HashMap<>()).merge(row.agentId(), row.sums(), KpiSums::plus);
            }
        }
        List<TeamSummary> summaries = new ArrayList<>();
        for (TeamRef team : repository.teams()) {
            TeamResult result = SpeedQualityAnalysis.analyse(byTeam.getOrDefault(team.id(), Map.of()), rules);
            summaries.add(new TeamSummary(team, result.figures(), result.spreads(), result.agents().size(),
                    (int) result.agents().stream().filter(AgentResult::judged).count(),
                    count(result, Flag.Kind.SPEED_OVER_QUALITY), count(result, Flag.Kind.QUALITY_AT_SLOW_PACE)));
        }
        return summaries;
    }

    public List<TeamRef> teamList() {
        requireHrOrPlanner();
        return repository.teams();
    }

    /** A team's agents over the period with bands, frontier and flags, and its monthly trend; HR and planners only. */
    public TeamAnalysis team(long teamId, Period period) {
        requireHrOrPlanner();
        TeamRef team = repository.team(teamId).orElseThrow(() -> new UnknownEntityException("team",
                Phrase.of("speed.unknown.team", String.valueOf(teamId))));
        return analyse(team, period);
    }

    /** One agent against their team; HR and planners only. */
    public AgentKpis agent(String employeeNumber, Period period) {
        requireHrOrPlanner();
        AgentRef agent = repository.agentByEmployeeNumber(employeeNumber)
                .orElseThrow(() -> new UnknownEntityException("employeeNumber",
                        Phrase.of("speed.unknown.agent", employeeNumber)));
        Period window = period.trendWindow(TREND_MONTHS);
        if (agent.teamId() == null) {
            Map<Long, KpiSums> alone = MonthlyTrend.byAgent(repository.agentMonthSums(agent.id(), period.from(), period.to()));
            alone.putIfAbsent(agent.id(), KpiSums.ZERO);
            TeamResult result = SpeedQualityAnalysis.analyse(alone, rules);
            List<MonthSums> trend = repository.agentMonthSums(agent.id(), window.from(), window.to());
            return new AgentKpis(agent, null, period, result.agent(agent.id()).orElseThrow(), result,
                    MonthlyTrend.agent(agent.id(), trend, window.firstMonth(), window.lastMonth(), rules),
                    MonthlyTrend.team(trend, window.firstMonth(), window.lastMonth(), rules));
        }
        TeamAnalysis team = analyse(repository.team(agent.teamId()).orElseThrow(), period);
        AgentResult result = team.result().agent(agent.id()).orElseThrow();
        return new AgentKpis(agent, team.team(), period, result, team.result(), team.agentTrend(agent.id()), team.trend());
    }

    private TeamAnalysis analyse(TeamRef team, Period period) {
        Map<Long, AgentRef> members = new HashMap<>();
        repository.members(team.id(), period.from(), period.to()).forEach(a -> members.put(a.id(), a));
        Map<Long, KpiSums> sums = MonthlyTrend.byAgent(repository.teamMonthSums(team.id(), period.from(), period.to()));
        // a member employed in the period without a single recorded day shows as "not enough data", not as absent
        members.keySet().forEach(id -> sums.putIfAbsent(id, KpiSums.ZERO));
        TeamResult result = SpeedQualityAnalysis.analyse(sums, rules);
        Period window = period.trendWindow(TREND_MONTHS);
        List<MonthSums> trendSums = repository.teamMonthSums(team.id(), window.from(), window.to());
        // agents with figures who have since left the team's employment window still need a name
        for (Long id : sums.keySet()) {
            if (!members.containsKey(id)) {
                repository.agent(id).ifPresent(a -> members.put(id, a));
            }
        }
        return new TeamAnalysis(team, period, result, members,
                MonthlyTrend.team(trendSums, window.firstMonth(), window.lastMonth(), rules), window, trendSums, rules);
    }

    /** The signed-in agent's own figures against their team's range; agents only. */
    public MyKpis mine(Period period) {
        FrontlineUser user = currentUser.require();
        long agentId = user.agentId()
                .orElseThrow(() -> new AccessDeniedException("Only agents have figures of their own"));
        AgentRef me = repository.agent(agentId).orElseThrow(() -> new UnknownEntityException("agent",
                Phrase.of("speed.unknown.own-agent")));
        Period window = period.trendWindow(TREND_MONTHS);
        KpiSums mySums = KpiSums.total(MonthlyTrend.byAgent(
                repository.agentMonthSums(agentId, period.from(), period.to())).values());
        List<MonthSums> myMonths = repository.agentMonthSums(agentId, window.from(), window.to());
        List<MonthlyTrend.AgentMonth> myTrend = MonthlyTrend.agent(agentId, myMonths, window.firstMonth(),
                window.lastMonth(), rules);
        Map<Measure, Spread> range = Map.of();
        List<MonthlyTrend.TeamMonth> teamTrend = List.of();
        String teamName = null;
        if (me.teamId() != null) {
            TeamRef team = repository.team(me.teamId()).orElseThrow();
            teamName = team.name();
            range = SpeedQualityAnalysis.spreads(
                    MonthlyTrend.byAgent(repository.teamMonthSums(team.id(), period.from(), period.to())), rules);
            teamTrend = MonthlyTrend.team(repository.teamMonthSums(team.id(), window.from(), window.to()),
                    window.firstMonth(), window.lastMonth(), rules);
        }
        List<MyKpis.Month> months = new ArrayList<>();
        for (int i = 0; i < myTrend.size(); i++) {
            MonthlyTrend.AgentMonth m = myTrend.get(i);
            Map<Measure, Spread> teamRange = teamTrend.isEmpty() ? Map.of() : teamTrend.get(i).spreads();
            months.add(new MyKpis.Month(m.month(), m.figures(), m.enoughData(), teamRange));
        }
        java.util.Set<Measure> enough = java.util.EnumSet.noneOf(Measure.class);
        for (Measure m : Measure.values()) {
            if (rules.enough(mySums, m) && mySums.figures().value(m) != null) {
                enough.add(m);
            }
        }
        return new MyKpis(period, teamName, mySums.figures(), enough, range, months, rules.minContacts(),
                rules.minEvaluations());
    }

    /**
     * The signed-in agent's current month: from its first day up to the last recorded day of the centre (today's when
     * nothing is recorded), with the trend of the twelve months up to it.
     */
    public MyKpis myThisMonth() {
        LocalDate last = repository.lastDay().orElse(LocalDate.now(clock));
        return mine(new Period(last.withDayOfMonth(1), last));
    }

    /** The centre's figures this month against last month and the twelve months' trend, for HR's start page. */
    public QualityHeadline headline() {
        requireHrOrPlanner();
        var last = repository.lastDay();
        if (last.isEmpty()) {
            return new QualityHeadline(null, YearMonth.now(clock), KpiSums.ZERO.figures(), KpiSums.ZERO.figures(),
                    List.of());
        }
        YearMonth month = YearMonth.from(last.get());
        YearMonth first = month.minusMonths(TREND_MONTHS - 1L);
        Map<YearMonth, KpiSums> byMonth = new HashMap<>();
        for (MonthSums row : repository.centreMonthSums(first.atDay(1), last.get())) {
            byMonth.merge(row.month(), row.sums(), KpiSums::plus);
        }
        List<QualityHeadline.MonthFigures> trend = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(month); m = m.plusMonths(1)) {
            trend.add(new QualityHeadline.MonthFigures(m, byMonth.getOrDefault(m, KpiSums.ZERO).figures()));
        }
        return new QualityHeadline(last.get(), month, byMonth.getOrDefault(month, KpiSums.ZERO).figures(),
                byMonth.getOrDefault(month.minusMonths(1), KpiSums.ZERO).figures(), trend);
    }

    private static int count(TeamResult result, Flag.Kind kind) {
        return (int) result.agents().stream().filter(a -> a.flags().stream().anyMatch(f -> f.kind() == kind)).count();
    }

    private void requireHrOrPlanner() {
        AppRole role = currentUser.require().role();
        if (role != AppRole.HR && role != AppRole.PLANNER) {
            throw new AccessDeniedException("Speed and quality of teams and agents are for HR and planners");
        }
    }
}
