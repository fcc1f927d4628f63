package dev.frontline.quality.speed.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;

import dev.frontline.quality.speed.AgentRef;
import dev.frontline.quality.speed.TeamAnalysis;
import dev.frontline.quality.speed.engine.AgentResult;
import dev.frontline.quality.speed.engine.Flag;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ScatterOption;

/**
 * AHT against the chosen quality measure, one point per agent with enough data for both: flagged agents marked (red
 * triangles: speed bought with quality; amber diamonds: quality at a slow pace) and the team's frontier drawn as a
 * line from the fastest to the best. A click on a point picks the agent.
 */
class ScatterPanel extends Div {

    private final Chart chart = new Chart();
    private TeamAnalysis shown;

    ScatterPanel(Consumer<AgentRef> pick) {
        setWidthFull();
        chart.setId("speed-scatter");
        chart.setHeight("420px");
        chart.addClickListener(e -> {
            if (shown != null) {
                shown.agents().values().stream().filter(a -> label(a).equals(e.category())).findFirst().ifPresent(pick);
            }
        });
        add(chart);
    }

    void show(TeamAnalysis team, Measure quality) {
        shown = team;
        List<ScatterOption.Point> agents = new ArrayList<>();
        List<ScatterOption.Point> fast = new ArrayList<>();
        List<ScatterOption.Point> slow = new ArrayList<>();
        for (AgentResult a : team.result().agents()) {
            if (!a.enoughData().contains(Measure.AHT) || !a.enoughData().contains(quality)) {
                continue;
            }
            ScatterOption.Point point = new ScatterOption.Point(round(a.figures().ahtSeconds()),
                    round(a.figures().value(quality)), label(team.agent(a.agentId())));
            Flag.Kind kind = a.flags().isEmpty() ? null : a.flags().getFirst().kind();
            (kind == Flag.Kind.SPEED_OVER_QUALITY ? fast : kind == Flag.Kind.QUALITY_AT_SLOW_PACE ? slow : agents).add(point);
        }
        List<ScatterOption.Point> frontier = team.result().frontier().getOrDefault(quality, List.of()).stream()
                .map(id -> team.result().agent(id).orElseThrow())
                .map(a -> new ScatterOption.Point(round(a.figures().ahtSeconds()), round(a.figures().value(quality)),
                        label(team.agent(a.agentId()))))
                .toList();
        ScatterOption option = new ScatterOption(getTranslation("speed.axis.aht"), SpeedTexts.name(this, quality))
                .points(getTranslation("speed.series.agents"), agents, "#1f77b4", "circle", 10)
                .points(getTranslation("speed.series.flag-fast"), fast, "#c62828", "triangle", 16)
                .points(getTranslation("speed.series.flag-slow"), slow, "#ef8a00", "diamond", 16)
                .line(getTranslation("speed.series.frontier"), frontier, "#555555", true);
        chart.setOption(option);
    }

    private static String label(AgentRef a) {
        return a.name() + " (" + a.employeeNumber() + ")";
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
