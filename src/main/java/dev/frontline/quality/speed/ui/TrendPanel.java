package dev.frontline.quality.speed.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.quality.speed.AgentRef;
import dev.frontline.quality.speed.TeamAnalysis;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.quality.speed.engine.MonthlyTrend;
import dev.frontline.quality.speed.engine.Quartiles;
import dev.frontline.quality.speed.engine.Spread;
import dev.frontline.shared.ui.CsvExport;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * Month by month: the team's figure of the chosen quality measure inside its band (25th–75th percentile of the agents
 * with enough data that month), its AHT on the right axis; and, once an agent is picked, the agent's own months
 * against the team's median and band.
 */
class TrendPanel extends VerticalLayout {

    private final Chart teamChart = new Chart();
    private final H3 agentTitle = new H3();
    private final Chart agentChart = new Chart();
    private TeamAnalysis team;
    private Measure quality = Measure.QA;

    TrendPanel() {
        setPadding(false);
        teamChart.setId("speed-trend-chart");
        agentTitle.setId("speed-agent-trend-title");
        agentChart.setId("speed-agent-trend-chart");
        agentTitle.setVisible(false);
        agentChart.setVisible(false);
        Anchor csv = CsvExport.link("speed-trend-csv", getTranslation("speed.csv.trend"), "speed-quality-trend.csv",
                List.of("month", "contacts", "aht_seconds", "qa_score", "qa_evaluations", "fcr_percent", "csat",
                        "agents_with_data", "qa_band_low", "qa_median", "qa_band_high", "aht_band_low", "aht_median",
                        "aht_band_high", "flagged"),
                this::csvRows);
        add(new H3(getTranslation("speed.trend.title")), teamChart, csv, agentTitle, agentChart);
    }

    void show(TeamAnalysis analysis, Measure measure) {
        team = analysis;
        quality = measure;
        List<MonthlyTrend.TeamMonth> months = analysis.trend();
        ChartOption option = new ChartOption().categories(months.stream().map(m -> SpeedTexts.month(this, m.month())).toList());
        int left = option.addValueAxis(SpeedTexts.name(this, measure));
        int right = option.addValueAxis(getTranslation("speed.axis.aht"));
        option.band(getTranslation("speed.series.band"), quartile(months, measure, Quartiles::p25),
                quartile(months, measure, Quartiles::p75), left, "#1f77b4", 0.15);
        option.series(getTranslation("speed.series.team", SpeedTexts.name(this, measure)), ChartOption.SeriesType.LINE,
                months.stream().map(m -> m.figures().value(measure)).toList(), left, null,
                ChartOption.SeriesStyle.color("#1f77b4"));
        option.series(getTranslation("speed.series.team", SpeedTexts.name(this, Measure.AHT)), ChartOption.SeriesType.LINE,
                months.stream().map(m -> m.figures().ahtSeconds()).toList(), right, null,
                ChartOption.SeriesStyle.color("#555555").withDashed());
        teamChart.setOption(option);
        agentTitle.setVisible(false);
        agentChart.setVisible(false);
    }

    void showAgent(AgentRef agent) {
        List<MonthlyTrend.TeamMonth> months = team.trend();
        List<MonthlyTrend.AgentMonth> mine = team.agentTrend(agent.id());
        agentTitle.setText(getTranslation("speed.trend.agent", agent.name(), SpeedTexts.name(this, quality)));
        ChartOption option = new ChartOption().categories(months.stream().map(m -> SpeedTexts.month(this, m.month())).toList());
        int left = option.addValueAxis(SpeedTexts.name(this, quality));
        option.band(getTranslation("speed.series.band"), quartile(months, quality, Quartiles::p25),
                quartile(months, quality, Quartiles::p75), left, "#1f77b4", 0.15);
        option.series(getTranslation("speed.series.median"), ChartOption.SeriesType.LINE,
                quartile(months, quality, Quartiles::median), left, null, ChartOption.SeriesStyle.color("#1f77b4").withDashed());
        option.series(agent.name(), ChartOption.SeriesType.LINE, mine.stream().map(m -> m.counted(quality)).toList(), left,
                null, ChartOption.SeriesStyle.color("#c62828"));
        agentChart.setOption(option);
        agentTitle.setVisible(true);
        agentChart.setVisible(true);
    }

    static List<Double> quartile(List<MonthlyTrend.TeamMonth> months, Measure measure,
            java.util.function.ToDoubleFunction<Quartiles> which) {
        List<Double> values = new ArrayList<>();
        for (MonthlyTrend.TeamMonth m : months) {
            Spread s = m.spread(measure);
            values.add(s != null && s.hasBand() ? which.applyAsDouble(s.quartiles()) : null);
        }
        return values;
    }

    private List<List<String>> csvRows() {
        if (team == null) {
            return List.of();
        }
        return team.trend().stream().map(m -> {
            Quartiles qa = m.spread(Measure.QA).quartiles();
            Quartiles aht = m.spread(Measure.AHT).quartiles();
            return List.of(m.month().toString(), Long.toString(m.figures().contacts()),
                    SpeedTexts.csv(m.figures().ahtSeconds(), 1), SpeedTexts.csv(m.figures().qaScore(), 2),
                    Long.toString(m.figures().qaEvaluations()), SpeedTexts.csv(m.figures().fcrPercent(), 2),
                    SpeedTexts.csv(m.figures().csat(), 3), Integer.toString(m.agentsWithData()),
                    SpeedTexts.csv(qa == null ? null : qa.p25(), 2), SpeedTexts.csv(qa == null ? null : qa.median(), 2),
                    SpeedTexts.csv(qa == null ? null : qa.p75(), 2), SpeedTexts.csv(aht == null ? null : aht.p25(), 1),
                    SpeedTexts.csv(aht == null ? null : aht.median(), 1), SpeedTexts.csv(aht == null ? null : aht.p75(), 1),
                    Integer.toString(m.flagged()));
        }).toList();
    }
}
