package dev.frontline.quality.speed.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.ValueProvider;

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
        grid.addClassName("fl-dense-grid");
        // the figures' columns are narrow and their headers long in Turkish and Polish: each header and each cell that
        // can be cut says all of itself on hover; seldom read counts start hidden behind the column chooser, so that the
        // grid fits a 1280 px screen without scrolling sideways
        grid.addColumn(a -> team.agent(a.agentId()).name()).setHeader(header(getTranslation("speed.col.agent")))
                .setWidth("10em").setFlexGrow(0).setFrozen(true).setTooltipGenerator(a -> team.agent(a.agentId()).name());
        Grid.Column<AgentResult> number = figure(a -> team.agent(a.agentId()).employeeNumber(),
                getTranslation("speed.col.employee-number"));
        figure(a -> Formats.integer(a.figures().contacts()), getTranslation("speed.col.contacts"));
        figure(a -> SpeedTexts.value(this, Measure.AHT, a.figures().ahtSeconds()), SpeedTexts.name(this, Measure.AHT));
        figure(a -> SpeedTexts.value(this, Measure.QA, a.figures().qaScore()), SpeedTexts.name(this, Measure.QA));
        Grid.Column<AgentResult> evaluations = figure(a -> Formats.integer(a.figures().qaEvaluations()),
                getTranslation("speed.col.evaluations"));
        figure(a -> SpeedTexts.value(this, Measure.FCR, a.figures().fcrPercent()), SpeedTexts.name(this, Measure.FCR));
        figure(a -> SpeedTexts.value(this, Measure.CSAT, a.figures().csat()), SpeedTexts.name(this, Measure.CSAT));
        Grid.Column<AgentResult> ces = figure(a -> SpeedTexts.ces(a.figures().ces()), getTranslation("speed.measure.ces"));
        Grid.Column<AgentResult> responses = figure(a -> Formats.integer(a.figures().surveyResponses()),
                getTranslation("speed.col.responses"));
        grid.addColumn(a -> a.onFrontier().contains(Measure.QA) ? getTranslation("speed.col.frontier.yes") : "")
                .setHeader(header(getTranslation("speed.col.frontier"))).setWidth("5em").setFlexGrow(0);
        grid.addColumn(this::flag).setHeader(header(getTranslation("speed.col.flag"))).setWidth("8em").setFlexGrow(0)
                .setTooltipGenerator(this::flag);
        // the sentence is long: the column shows its start, the tooltip all of it
        grid.addColumn(this::why).setHeader(header(getTranslation("speed.col.why"))).setFlexGrow(1).setWidth("8em")
                .setTooltipGenerator(this::why);
        List.of(number, evaluations, ces, responses).forEach(c -> c.setVisible(false));
        grid.setHeight("420px");
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(select));
        Anchor csv = CsvExport.link("speed-agents-csv", getTranslation("speed.csv.agents"), "speed-quality-agents.csv",
                List.of("employee_number", "agent", "contacts", "aht_seconds", "qa_score", "qa_evaluations",
                        "fcr_percent", "csat", "ces", "survey_responses", "enough_data", "on_qa_frontier", "flag",
                        "why"),
                this::csvRows);
        HorizontalLayout tools = new HorizontalLayout(columnChooser(), csv);
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(grid, tools);
    }

    /** A right-aligned figure column as wide as its figures; the header's full text on hover. */
    private Grid.Column<AgentResult> figure(ValueProvider<AgentResult, String> value, String title) {
        return grid.addColumn(value).setHeader(header(title)).setTextAlign(ColumnTextAlign.END).setWidth("5em")
                .setFlexGrow(0);
    }

    private static Span header(String text) {
        Span header = new Span(text);
        header.getElement().setAttribute("title", text);
        return header;
    }

    /** Shows or hides any figure column; the agent, the flag and why it was raised always stay. */
    private Button columnChooser() {
        Button button = new Button(getTranslation("speed.columns"), VaadinIcon.GRID_H.create());
        button.setId("speed-agents-columns");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        ContextMenu menu = new ContextMenu(button);
        menu.setOpenOnClick(true);
        List<Grid.Column<AgentResult>> columns = grid.getColumns();
        for (Grid.Column<AgentResult> column : columns.subList(1, columns.size() - 2)) {
            String title = column.getHeaderComponent() instanceof Span s ? s.getText() : column.getKey();
            MenuItem item = menu.addItem(title, e -> column.setVisible(e.getSource().isChecked()));
            item.setCheckable(true);
            item.setChecked(column.isVisible());
        }
        return button;
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
