package dev.frontline.quality.speed.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.quality.speed.TeamAnalysis;
import dev.frontline.quality.speed.engine.AgentResult;
import dev.frontline.quality.speed.engine.Explanation;
import dev.frontline.quality.speed.engine.Flag;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.shared.ui.CsvExport;
import dev.frontline.shared.ui.Formats;

/**
 * Every agent of the team with their figures and what they were measured on, whether they are on the frontier, and
 * the flag or the "not enough data" note with the numbers behind it; the same as CSV. Selecting a row shows the
 * agent's monthly trend.
 */
class AgentsPanel extends VerticalLayout {

    private final Grid<AgentResult> grid = new Grid<>();
    private TeamAnalysis team;

    AgentsPanel(Consumer<AgentResult> select) {
        setPadding(false);
        grid.setId("speed-agents-grid");
        grid.addColumn(a -> team.agent(a.agentId()).name()).setHeader(getTranslation("speed.col.agent"))
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(a -> team.agent(a.agentId()).employeeNumber()).setHeader(getTranslation("speed.col.employee-number"))
                .setAutoWidth(true);
        grid.addColumn(a -> Formats.integer(a.figures().contacts())).setHeader(getTranslation("speed.col.contacts"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> SpeedTexts.value(this, Measure.AHT, a.figures().ahtSeconds()))
                .setHeader(SpeedTexts.name(this, Measure.AHT)).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> SpeedTexts.value(this, Measure.QA, a.figures().qaScore()))
                .setHeader(SpeedTexts.name(this, Measure.QA)).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> Formats.integer(a.figures().qaEvaluations())).setHeader(getTranslation("speed.col.evaluations"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> SpeedTexts.value(this, Measure.FCR, a.figures().fcrPercent()))
                .setHeader(SpeedTexts.name(this, Measure.FCR)).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> SpeedTexts.value(this, Measure.CSAT, a.figures().csat()))
                .setHeader(SpeedTexts.name(this, Measure.CSAT)).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> SpeedTexts.ces(a.figures().ces())).setHeader(getTranslation("speed.measure.ces"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> Formats.integer(a.figures().surveyResponses())).setHeader(getTranslation("speed.col.responses"))
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(a -> a.onFrontier().contains(Measure.QA) ? getTranslation("speed.col.frontier.yes") : "")
                .setHeader(getTranslation("speed.col.frontier"));
        grid.addColumn(this::flag).setHeader(getTranslation("speed.col.flag")).setAutoWidth(true);
        // the sentence is long: the column shows its start, the tooltip all of it
        grid.addColumn(this::why).setHeader(getTranslation("speed.col.why")).setFlexGrow(4).setWidth("28em")
                .setTooltipGenerator(this::why);
        grid.setHeight("420px");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(select));
        Anchor csv = CsvExport.link("speed-agents-csv", getTranslation("speed.csv.agents"), "speed-quality-agents.csv",
                List.of("employee_number", "agent", "contacts", "aht_seconds", "qa_score", "qa_evaluations",
                        "fcr_percent", "csat", "ces", "survey_responses", "enough_data", "on_qa_frontier", "flag",
                        "why"),
                this::csvRows);
        add(grid, csv);
    }

    void show(TeamAnalysis analysis) {
        team = analysis;
        grid.setItems(analysis.agentsByName());
    }

    String flag(AgentResult a) {
        if (!a.judged()) {
            return getTranslation("speed.flag.short.not-enough-data");
        }
        return a.flags().isEmpty() ? "" : getTranslation("speed.flag.short." + kind(a.flags().getFirst().kind()));
    }

    String why(AgentResult a) {
        List<String> texts = new ArrayList<>();
        String name = team.agent(a.agentId()).name();
        for (Flag f : a.flags()) {
            texts.add(SpeedTexts.explain(this, f.explanation(), name));
        }
        for (Explanation n : a.notes()) {
            texts.add(SpeedTexts.explain(this, n, name));
        }
        return String.join(" ", texts);
    }

    private static String kind(Flag.Kind kind) {
        return kind == Flag.Kind.SPEED_OVER_QUALITY ? "fast" : "slow";
    }

    private List<List<String>> csvRows() {
        if (team == null) {
            return List.of();
        }
        return team.agentsByName().stream().map(a -> List.of(team.agent(a.agentId()).employeeNumber(),
                team.agent(a.agentId()).name(), Long.toString(a.figures().contacts()),
                SpeedTexts.csv(a.figures().ahtSeconds(), 1), SpeedTexts.csv(a.figures().qaScore(), 2),
                Long.toString(a.figures().qaEvaluations()), SpeedTexts.csv(a.figures().fcrPercent(), 2),
                SpeedTexts.csv(a.figures().csat(), 3), SpeedTexts.csv(a.figures().ces(), 3),
                Long.toString(a.figures().surveyResponses()), Boolean.toString(a.judged()),
                Boolean.toString(a.onFrontier().contains(Measure.QA)),
                a.flags().isEmpty() ? "" : a.flags().getFirst().kind().name(), why(a))).toList();
    }
}
