package dev.frontline.staffing.ui;

import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.shared.ui.Formats;
import dev.frontline.staffing.DaySimulation;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementVersionSummary;
import dev.frontline.staffing.engine.StaffingModel;
import dev.frontline.staffing.simulation.Estimate;

/**
 * "Simulate this day": replays the chosen day of a voice or video version in the simulator and shows service level,
 * ASA and abandonment per interval next to what Erlang promised. It runs in the request: a day's replications take
 * well under a second and save nothing, so they are not a background job.
 */
class SimulationPanel extends VerticalLayout {

    private final RequirementService service;
    private final Supplier<RequirementVersionSummary> version;
    private final Supplier<LocalDate> day;
    private final Button simulate = new Button();
    private final Div simulation = new Div();

    /** @param version the version on screen; @param day the day on screen */
    SimulationPanel(RequirementService service, Supplier<RequirementVersionSummary> version, Supplier<LocalDate> day) {
        this.service = service;
        this.version = version;
        this.day = day;
        setPadding(false);
        simulate.setId("req-simulate");
        simulate.setText(getTranslation("requirements.simulate"));
        simulate.addClickListener(click -> simulateDay());
        simulate.setVisible(false);
        simulation.setId("req-simulation");
        add(simulate, simulation);
    }

    /** Only Erlang C and A versions can be replayed; the button shows for those alone ({@code v} null: none). */
    void offerFor(RequirementVersionSummary v) {
        simulate.setVisible(v != null && (v.model() == StaffingModel.ERLANG_C || v.model() == StaffingModel.ERLANG_A));
    }

    void clear() {
        simulation.removeAll();
    }

    private void simulateDay() {
        RequirementVersionSummary v = version.get();
        LocalDate d = day.get();
        if (v == null || d == null) {
            return;
        }
        simulation.removeAll();
        try {
            show(service.simulateDay(v.id(), d));
        } catch (IllegalArgumentException | NoSuchElementException cannot) { // the version changed since it was shown
            simulation.add(new Paragraph(getTranslation("requirements.simulation.no-day", Formats.date(d))));
        }
    }

    private void show(DaySimulation result) {
        Paragraph summary = new Paragraph(getTranslation("requirements.simulation.summary", Formats.date(result.day()),
                result.replications(), estimate(result.daySlPercent(), 1, " %"),
                result.erlangDaySlPercent() == null ? "–" : Formats.percent(result.erlangDaySlPercent(), 1),
                estimate(result.dayAsaSeconds(), 1, " s"), estimate(result.dayAbandonPercent(), 1, " %")));
        summary.setId("req-simulation-summary");
        Grid<DaySimulation.Row> grid = new Grid<>();
        grid.setId("req-simulation-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.label().substring(r.label().length() - 5)).setHeader(getTranslation("requirements.sim.col.interval"));
        grid.addColumn(r -> Formats.decimal(r.offered(), 1)).setHeader(getTranslation("requirements.sim.col.offered"));
        grid.addColumn(r -> Formats.integer(r.agents())).setHeader(getTranslation("requirements.sim.col.agents"));
        grid.addColumn(r -> r.erlangSlPercent() == null ? "–" : Formats.percent(r.erlangSlPercent(), 1))
                .setHeader(getTranslation("requirements.sim.col.erlang-sl"));
        grid.addColumn(r -> estimate(r.slPercent(), 1, " %")).setHeader(getTranslation("requirements.sim.col.sl"));
        grid.addColumn(r -> r.erlangAsaSeconds() == null ? "–" : Formats.decimal(r.erlangAsaSeconds(), 1))
                .setHeader(getTranslation("requirements.sim.col.erlang-asa"));
        grid.addColumn(r -> estimate(r.asaSeconds(), 1, " s")).setHeader(getTranslation("requirements.sim.col.asa"));
        grid.addColumn(r -> r.erlangAbandonPercent() == null ? "–" : Formats.percent(r.erlangAbandonPercent(), 1))
                .setHeader(getTranslation("requirements.sim.col.erlang-abandon"));
        grid.addColumn(r -> estimate(r.abandonPercent(), 1, " %")).setHeader(getTranslation("requirements.sim.col.abandon"));
        grid.setItems(result.rows());
        simulation.add(new H3(getTranslation("requirements.simulation.title")), summary, grid);
    }

    /** "95.1 ± 0.8 %", or "–" when no replication had a contact to measure. */
    private static String estimate(Estimate e, int digits, String unit) {
        if (e.samples() == 0) {
            return "–";
        }
        return Formats.decimal(e.mean(), digits) + " ± " + Formats.decimal(e.halfWidth(), digits) + unit;
    }
}
