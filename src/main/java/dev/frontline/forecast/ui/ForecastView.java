package dev.frontline.forecast.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.forecast.ForecastAdjustmentService;
import dev.frontline.forecast.ForecastAllService;
import dev.frontline.forecast.ForecastDetail;
import dev.frontline.forecast.ForecastQueue;
import dev.frontline.forecast.ForecastRunService;
import dev.frontline.forecast.ForecastVersionService;
import dev.frontline.forecast.ForecastVersionSummary;
import dev.frontline.forecast.SpecialEventService;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * The planner's forecast of a queue: run a new version in the background, pick a saved one, read it (chart, model
 * comparison, explanation), adjust it, enter events for the next run, and see its accuracy once actuals exist.
 */
@Route("forecast")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.forecast", order = 2, icon = "vaadin:trending-up")
public class ForecastView extends VerticalLayout implements HasDynamicTitle {

    private final ForecastVersionService versions;
    private final SpecialEventService events;
    private final ComboBox<ForecastQueue> queue = new ComboBox<>();
    private final RunControls runControls;
    private final Grid<ForecastVersionSummary> versionGrid = new Grid<>();
    private final Paragraph noVersion = new Paragraph();
    private final VerticalLayout versionArea = new VerticalLayout();
    private final Paragraph summary = new Paragraph();
    private final ForecastChartPanel chart = new ForecastChartPanel();
    private final ModelComparisonPanel comparison = new ModelComparisonPanel();
    private final AdjustmentEditor adjustments;
    private final AccuracyPanel accuracy = new AccuracyPanel();
    private ForecastDetail shown;

    public ForecastView(ForecastRunService runs, ForecastVersionService versions, ForecastAdjustmentService adjustmentService,
                        SpecialEventService events, ForecastAllService allQueues, JobService jobs, JobWatcher watcher) {
        this.versions = versions;
        this.events = events;
        setId("forecast-view");
        runControls = new RunControls(runs, jobs, watcher, queue::getValue, this::versionSaved);
        adjustments = new AdjustmentEditor(adjustmentService, this::reloadShown);

        queue.setId("forecast-queue");
        queue.setLabel(getTranslation("forecast.queue"));
        queue.setItemLabelGenerator(ForecastQueue::label);
        queue.setWidth("24em");
        List<ForecastQueue> queues = versions.queues();
        queue.setItems(queues);
        queue.addValueChangeListener(e -> queueChanged(e.getValue()));
        Button eventsButton = new Button(getTranslation("forecast.events.open"), e -> openEvents());
        eventsButton.setId("forecast-events-open");
        HorizontalLayout top = new HorizontalLayout(queue, eventsButton);
        top.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        versionGrid.setId("forecast-versions");
        versionGrid.setAllRowsVisible(true);
        versionGrid.addColumn(v -> UserZone.dateTime(v.createdAt().toInstant()))
                .setHeader(getTranslation("forecast.versions.created")).setAutoWidth(true);
        versionGrid.addColumn(ForecastVersionSummary::createdBy).setHeader(getTranslation("forecast.versions.by")).setAutoWidth(true);
        // at 1280 px the long columns wrap instead of scrolling sideways; each shows its whole text on hover
        versionGrid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        versionGrid.addColumn(v -> ForecastTexts.model(v.method(), getLocale())).setHeader(getTranslation("forecast.versions.model"))
                .setFlexGrow(2).setTooltipGenerator(ForecastVersionSummary::method);
        versionGrid.addColumn(this::horizonText).setHeader(getTranslation("forecast.versions.horizon")).setFlexGrow(2)
                .setTooltipGenerator(this::horizonText);
        versionGrid.addColumn(this::historyText).setHeader(getTranslation("forecast.versions.history")).setFlexGrow(2)
                .setTooltipGenerator(this::historyText);
        versionGrid.addColumn(ForecastVersionSummary::adjustments).setHeader(getTranslation("forecast.versions.adjustments"))
                .setAutoWidth(true);
        versionGrid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue().id());
            }
        });
        noVersion.setId("forecast-no-version");

        summary.setId("forecast-summary");
        versionArea.setPadding(false);
        versionArea.add(summary, chart, comparison, adjustments, accuracy);
        versionArea.setVisible(false);

        AllQueuesPanel all = new AllQueuesPanel(allQueues, queues, jobs, watcher, job -> queueChanged(queue.getValue()));
        add(new H2(getTranslation("forecast.title")), new Paragraph(getTranslation("forecast.intro")), top, runControls, all,
                new H3(getTranslation("forecast.versions.title")), noVersion, versionGrid, versionArea);
        if (!queues.isEmpty()) {
            queue.setValue(queues.get(0));
        }
    }

    private java.time.ZoneId zone() {
        return queue.getValue() == null ? java.time.ZoneOffset.UTC : queue.getValue().zone();
    }

    private void queueChanged(ForecastQueue q) {
        runControls.queueChanged(q);
        shown = null;
        versionArea.setVisible(false);
        List<ForecastVersionSummary> list = q == null ? List.of() : versions.versions(q.code());
        versionGrid.setItems(list);
        noVersion.setText(getTranslation(q != null && !q.hasHistory() ? "forecast.no-history" : "forecast.versions.none"));
        noVersion.setVisible(list.isEmpty());
        if (!list.isEmpty()) {
            versionGrid.select(list.get(0));
        }
    }

    private void versionSaved(ForecastVersionSummary saved) {
        ForecastQueue q = queue.getValue();
        if (q == null || q.id() != saved.queueId()) {
            return;
        }
        List<ForecastVersionSummary> list = versions.versions(q.code());
        versionGrid.setItems(list);
        noVersion.setVisible(false);
        list.stream().filter(v -> v.id() == saved.id()).findFirst().ifPresent(versionGrid::select);
    }

    private String horizonText(ForecastVersionSummary v) {
        return getTranslation("forecast.versions.horizon-text", Formats.date(v.horizonStart()), Formats.date(v.lastDay()),
                v.grainMinutes());
    }

    private String historyText(ForecastVersionSummary v) {
        return getTranslation("forecast.versions.history-text", Formats.date(v.historyFrom().atZone(zone()).toLocalDate()),
                Formats.date(v.historyTo().minusSeconds(1).atZone(zone()).toLocalDate()),
                Formats.integer(v.historyIntervals()));
    }

    private void open(long versionId) {
        shown = versions.open(versionId);
        ForecastVersionSummary v = shown.version();
        summary.setText(getTranslation("forecast.summary", v.id(), ForecastTexts.model(v.method(), getLocale()),
                Formats.date(v.horizonStart()),
                Formats.date(v.lastDay()), v.grainMinutes(), v.createdBy(),
                UserZone.dateTime(v.createdAt().toInstant()),
                ForecastTexts.contacts(shown.modelTotal()), ForecastTexts.contacts(shown.adjustedTotal()),
                shown.adjustments().size()));
        chart.show(shown);
        comparison.show(shown);
        adjustments.show(shown);
        accuracy.show(versions.accuracy(versionId));
        versionArea.setVisible(true);
    }

    /** After an adjustment: the same version again, with the new adjusted layer and accuracy. */
    private void reloadShown() {
        if (shown != null) {
            open(shown.version().id());
        }
    }

    private void openEvents() {
        if (queue.getValue() != null) {
            new SpecialEventsDialog(events, queue.getValue()).open();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forecast.title") + " | " + getTranslation("app.name");
    }
}
