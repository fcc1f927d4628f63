package dev.frontline.staffing.ui;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;
import dev.frontline.staffing.RequirementJobs;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.RequirementVersionSummary;

/**
 * Staffing requirements of a queue from a saved forecast version: compute (a background job, with progress and a
 * stop button: {@link ComputeControls}), pick a saved version and see whether it is up to date
 * ({@link FreshnessPanel}), see required and scheduled agents over a day or a week with the forecast volume and click
 * an interval to see why ({@link RequirementChartPanel}), the skill supply of the first day shown at the agents'
 * proficiency that day ({@link SupplyPanel}), and replay a day in the simulator ({@link SimulationPanel}).
 */
@Route("requirements")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.requirements", order = 4, icon = "vaadin:users")
public class RequirementView extends VerticalLayout implements HasDynamicTitle {

    private final RequirementService service;
    private final ComputeControls controls;
    private final Select<RequirementVersionSummary> version = new Select<>();
    private final Select<LocalDate> day = new Select<>();
    private final RadioButtonGroup<String> range = new RadioButtonGroup<>();
    private final FreshnessPanel freshness;
    private final RequirementChartPanel chart;
    private final SimulationPanel simulation;
    private final SupplyPanel supply;

    public RequirementView(RequirementService service, RequirementJobs jobs, JobService jobRows, JobWatcher watcher) {
        this.service = service;
        controls = new ComputeControls(service, jobs, jobRows, watcher, this::forecastChosen, this::versionSaved);
        freshness = new FreshnessPanel(service, controls::recompute);
        chart = new RequirementChartPanel(service);
        simulation = new SimulationPanel(service, version::getValue, day::getValue);
        supply = new SupplyPanel(service);
        setId("requirements");
        add(new H2(getTranslation("requirements.title")), new Paragraph(getTranslation("requirements.intro")));
        add(controls, versionRow(), chart, supply, simulation);
        controls.loadQueues();
    }

    private FlexLayout versionRow() {
        version.setId("req-version");
        version.setWidth("26em");
        version.setLabel(getTranslation("requirements.version"));
        version.setItemLabelGenerator(v -> getTranslation("requirements.version.item", v.id(), dateTime(v.createdAt()),
                v.createdBy(), v.model().label(), v.goalNotation()));
        version.addValueChangeListener(change -> versionChanged());
        day.setId("req-day");
        day.setLabel(getTranslation("requirements.day"));
        day.setItemLabelGenerator(Formats::date);
        day.addValueChangeListener(change -> showChart());
        range.setId("req-range");
        range.setItems("DAY", "WEEK");
        range.setItemLabelGenerator(r -> getTranslation("requirements.range." + r));
        range.setValue("DAY");
        range.addValueChangeListener(change -> showChart());
        FlexLayout row = new FlexLayout(version, day, range, freshness);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        return row;
    }

    /** The requirement versions of the chosen forecast, newest picked. */
    private void forecastChosen(ForecastVersionSummary f) {
        List<RequirementVersionSummary> versions = f == null ? List.of() : service.versions(f.id());
        version.setItems(versions);
        if (versions.isEmpty()) {
            version.clear();
            versionChanged();
        } else {
            version.setValue(versions.get(0));
        }
    }

    private void versionSaved(RequirementVersionSummary saved) {
        version.setValue(version.getListDataView().getItems().filter(v -> v.id() == saved.id()).findFirst().orElse(null));
    }

    private void versionChanged() {
        RequirementVersionSummary v = version.getValue();
        chart.clearExplanation();
        simulation.clear();
        freshness.clear();
        if (v == null) {
            day.setItems(List.of());
            chart.clear();
            simulation.offerFor(null);
            return;
        }
        freshness.show(v);
        List<LocalDate> days = service.days(v.id());
        day.setItems(days);
        if (!days.isEmpty()) {
            day.setValue(days.get(0));
        }
        simulation.offerFor(v);
        showChart();
    }

    private void showChart() {
        RequirementVersionSummary v = version.getValue();
        LocalDate first = day.getValue();
        simulation.clear();
        if (v == null || first == null) {
            chart.hideChart();
            supply.clear();
            return;
        }
        supply.show(v, first);
        int days = "WEEK".equals(range.getValue()) ? 7 : 1;
        chart.show(v, first, days, controls.queue().zone(), controls.forecast());
    }

    private static String dateTime(OffsetDateTime t) {
        return UserZone.dateTime(t.toInstant());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requirements.title") + " | " + getTranslation("app.name");
    }
}
