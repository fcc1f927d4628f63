package dev.frontline.quality.speed.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.quality.speed.TeamSummary;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.shared.ui.CsvExport;
import dev.frontline.shared.ui.Formats;

/** Every team's line over the period: figures, how many agents were judged and flagged; a click opens the team. */
class TeamsPanel extends VerticalLayout {

    private final Grid<TeamSummary> grid = new Grid<>();
    private List<TeamSummary> rows = List.of();

    TeamsPanel(Consumer<TeamSummary> open) {
        setPadding(false);
        setId("speed-teams");
        grid.setId("speed-teams-grid");
        grid.addClassName("fl-dense-grid");
        grid.addColumn(s -> s.team().name()).setHeader(getTranslation("speed.col.team")).setAutoWidth(true);
        grid.addColumn(s -> Formats.integer(s.figures().contacts())).setHeader(getTranslation("speed.col.contacts"));
        for (Measure m : Measure.values()) {
            grid.addColumn(s -> SpeedTexts.value(this, m, s.figures().value(m))).setHeader(SpeedTexts.name(this, m));
        }
        // small numbers under long headers: the headers wrap (styles.css), so these columns need not be as wide as
        // their header on one line, and the grid fits a 1280 px screen in all three languages
        grid.addColumn(s -> getTranslation("speed.teams.judged", s.agentsJudged(), s.agentsWithData()))
                .setHeader(getTranslation("speed.col.judged")).setWidth("7em");
        grid.addColumn(TeamSummary::flaggedSpeedOverQuality).setHeader(getTranslation("speed.col.flag-fast"))
                .setWidth("7em");
        grid.addColumn(TeamSummary::flaggedQualityAtSlowPace).setHeader(getTranslation("speed.col.flag-slow"))
                .setWidth("7em");
        grid.setAllRowsVisible(true);
        grid.addItemClickListener(e -> open.accept(e.getItem()));
        Anchor csv = CsvExport.link("speed-teams-csv", getTranslation("speed.csv.teams"), "speed-quality-teams.csv",
                List.of("team", "contacts", "aht_seconds", "qa_score", "qa_evaluations", "fcr_percent", "csat", "ces",
                        "survey_responses", "agents_with_data", "agents_judged", "flagged_speed_over_quality",
                        "flagged_quality_at_slow_pace"),
                () -> rows.stream().map(s -> List.of(s.team().name(), Long.toString(s.figures().contacts()),
                        SpeedTexts.csv(s.figures().ahtSeconds(), 1), SpeedTexts.csv(s.figures().qaScore(), 2),
                        Long.toString(s.figures().qaEvaluations()), SpeedTexts.csv(s.figures().fcrPercent(), 2),
                        SpeedTexts.csv(s.figures().csat(), 3), SpeedTexts.csv(s.figures().ces(), 3),
                        Long.toString(s.figures().surveyResponses()), Integer.toString(s.agentsWithData()),
                        Integer.toString(s.agentsJudged()), Integer.toString(s.flaggedSpeedOverQuality()),
                        Integer.toString(s.flaggedQualityAtSlowPace()))).toList());
        add(grid, csv);
    }

    void show(List<TeamSummary> summaries) {
        rows = List.copyOf(summaries);
        grid.setItems(rows);
    }
}
