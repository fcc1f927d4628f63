package dev.frontline.quality.speed.api;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.quality.speed.AgentKpis;
import dev.frontline.quality.speed.AgentRef;
import dev.frontline.quality.speed.MyKpis;
import dev.frontline.quality.speed.Period;
import dev.frontline.quality.speed.TeamAnalysis;
import dev.frontline.quality.speed.TeamRef;
import dev.frontline.quality.speed.TeamSummary;
import dev.frontline.quality.speed.engine.AgentResult;
import dev.frontline.quality.speed.engine.Explanation;
import dev.frontline.quality.speed.engine.KpiFigures;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.quality.speed.engine.MonthlyTrend;
import dev.frontline.quality.speed.engine.Quartiles;
import dev.frontline.quality.speed.engine.SpeedQualityRules;
import dev.frontline.quality.speed.engine.Spread;
import dev.frontline.shared.text.Messages;

/** The JSON shapes of the KPI API: plain figures, bands by measure name, every explanation as code, numbers and text. */
final class KpiJson {

    private KpiJson() {
    }

    record Rules(int minContacts, int minEvaluations, int minSurveyResponses, int minAgentsForBand,
            double speedMarginPercent, String band, String speedOverQuality, String qualityAtSlowPace) {
    }

    static Rules rules(SpeedQualityRules r) {
        return new Rules(r.minContacts(), r.minEvaluations(), r.minSurveyResponses(), r.minAgentsForBand(),
                r.speedMarginPercent(), "25th to 75th percentile of the team's agents with enough data",
                "AHT at or below the team's 25th percentile less the margin, and QA below the band",
                "AHT at or above the team's 75th percentile plus the margin, and QA above the band");
    }

    record Band(int agentsWithEnoughData, Double p25, Double median, Double p75) {
    }

    static Band band(Spread s) {
        Quartiles q = s == null ? null : s.quartiles();
        return new Band(s == null ? 0 : s.agentsWithEnoughData(), q == null ? null : q.p25(),
                q == null ? null : q.median(), q == null ? null : q.p75());
    }

    static Map<String, Band> bands(Map<Measure, Spread> spreads) {
        Map<String, Band> bands = new LinkedHashMap<>();
        for (Measure m : Measure.values()) {
            bands.put(m.parameter(), band(spreads.get(m)));
        }
        return bands;
    }

    record Text(String code, List<Object> arguments, String text) {
    }

    static Text text(Explanation e, String subject) {
        return new Text(e.code(), e.arguments(), subject == null ? Messages.english(e.code(), e.arguments().toArray())
                : Messages.english(e.code(), e.withSubject(subject)));
    }

    record Team(long teamId, String code, String name, String site) {
    }

    static Team team(TeamRef t) {
        return t == null ? null : new Team(t.id(), t.code(), t.name(), t.siteCode());
    }

    record TeamLine(Team team, KpiFigures figures, Map<String, Band> bands, int agentsWithData, int agentsJudged,
            int flaggedSpeedOverQuality, int flaggedQualityAtSlowPace) {
    }

    record Teams(LocalDate from, LocalDate to, Rules rules, List<TeamLine> teams) {
    }

    static Teams teams(Period period, SpeedQualityRules rules, List<TeamSummary> summaries) {
        return new Teams(period.from(), period.to(), rules(rules), summaries.stream()
                .map(s -> new TeamLine(team(s.team()), s.figures(), bands(s.spreads()), s.agentsWithData(),
                        s.agentsJudged(), s.flaggedSpeedOverQuality(), s.flaggedQualityAtSlowPace()))
                .toList());
    }

    record FlagJson(String kind, double ahtSeconds, double ahtTeamMedian, double ahtTeamQuartile,
            double percentFromMedian, double qaScore, double qaBandLow, double qaBandHigh, long qaEvaluations,
            long contacts, Text explanation) {
    }

    record AgentLine(String employeeNumber, String name, KpiFigures figures, List<String> enoughData, boolean judged,
            List<String> onFrontier, List<FlagJson> flags, List<Text> notes) {
    }

    static AgentLine agent(AgentRef ref, AgentResult a) {
        return new AgentLine(ref.employeeNumber(), ref.name(), a.figures(), names(a.enoughData()), a.judged(),
                names(a.onFrontier()),
                a.flags().stream().map(f -> new FlagJson(f.kind().name(), f.ahtSeconds(), f.ahtMedian(),
                        f.ahtQuartile(), f.percentFromMedian(), f.qaScore(), f.qaBandLow(), f.qaBandHigh(),
                        f.qaEvaluations(), f.contacts(), text(f.explanation(), ref.name()))).toList(),
                a.notes().stream().map(n -> text(n, ref.name())).toList());
    }

    static List<String> names(java.util.Collection<Measure> measures) {
        return measures.stream().sorted().map(Measure::parameter).toList();
    }

    record TeamMonthJson(YearMonth month, KpiFigures figures, Map<String, Band> bands, int agentsWithData,
            int flagged) {
    }

    static List<TeamMonthJson> teamTrend(List<MonthlyTrend.TeamMonth> months) {
        return months.stream().map(m -> new TeamMonthJson(m.month(), m.figures(), bands(m.spreads()), m.agentsWithData(),
                m.flagged())).toList();
    }

    record AgentMonthJson(YearMonth month, KpiFigures figures, List<String> enoughData) {
    }

    static List<AgentMonthJson> agentTrend(List<MonthlyTrend.AgentMonth> months) {
        return months.stream().map(m -> new AgentMonthJson(m.month(), m.figures(), names(m.enoughData()))).toList();
    }

    record TeamAgents(Team team, LocalDate from, LocalDate to, Rules rules, KpiFigures teamFigures,
            Map<String, Band> bands, Map<String, List<String>> frontier, List<Text> notes, List<AgentLine> agents,
            List<TeamMonthJson> trend) {
    }

    static TeamAgents teamAgents(TeamAnalysis t) {
        Map<String, List<String>> frontier = new LinkedHashMap<>();
        for (Measure m : Measure.QUALITY) {
            frontier.put(m.parameter(), t.result().frontier().getOrDefault(m, List.of()).stream()
                    .map(id -> t.agent(id).employeeNumber()).toList());
        }
        return new TeamAgents(team(t.team()), t.period().from(), t.period().to(), rules(t.rules()), t.result().figures(),
                bands(t.result().spreads()), frontier, t.result().notes().stream().map(n -> text(n, null)).toList(),
                t.agentsByName().stream().map(a -> agent(t.agent(a.agentId()), a)).toList(), teamTrend(t.trend()));
    }

    record AgentDetail(AgentLine agent, Team team, LocalDate from, LocalDate to, KpiFigures teamFigures,
            Map<String, Band> teamBands, List<AgentMonthJson> trend, List<TeamMonthJson> teamTrend) {
    }

    static AgentDetail agentDetail(AgentKpis a) {
        return new AgentDetail(agent(a.agent(), a.result()), team(a.team()), a.period().from(), a.period().to(),
                a.teamResult().figures(), bands(a.teamResult().spreads()), agentTrend(a.trend()), teamTrend(a.teamTrend()));
    }

    record MyMonth(YearMonth month, KpiFigures mine, List<String> enoughData, Map<String, Band> teamRange) {
    }

    record Mine(LocalDate from, LocalDate to, String team, KpiFigures mine, List<String> enoughData,
            Map<String, Band> teamRange, List<MyMonth> trend, int minContacts, int minEvaluations) {
    }

    static Mine mine(MyKpis m) {
        return new Mine(m.period().from(), m.period().to(), m.teamName(), m.mine(), names(m.enoughData()),
                bands(m.teamRange()),
                m.trend().stream().sorted(Comparator.comparing(MyKpis.Month::month))
                        .map(month -> new MyMonth(month.month(), month.mine(), names(month.enoughData()),
                                bands(month.teamRange())))
                        .toList(), m.minContacts(), m.minEvaluations());
    }
}
