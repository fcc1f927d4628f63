package dev.frontline.selfservice.swaps.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.service.RosterInputException;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.security.Roles;
import dev.frontline.selfservice.swaps.OpenShift;
import dev.frontline.selfservice.swaps.OpenShiftService;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * The planner's open shifts: turn a published roster's under-covered intervals (after breaks) into shifts agents can
 * claim, and see which are still open. Swaps that would leave coverage worse wait in the inbox.
 */
@Route("open-shifts")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.open-shifts", order = 35, icon = "vaadin:plus-circle-o")
public class OpenShiftsView extends VerticalLayout implements HasDynamicTitle {

    private final OpenShiftService openShifts;
    private final Grid<OpenShift> grid = new Grid<>();
    private final Span message = new Span();
    private final ZoneId zone = UserZone.current();

    public OpenShiftsView(OpenShiftService openShifts, RosterService rosters) {
        this.openShifts = openShifts;
        setId("open-shifts");
        message.setId("open-shifts-message");
        Select<RosterVersionSummary> version = new Select<>();
        version.setId("open-shifts-version");
        version.setLabel(getTranslation("selfservice.open.version"));
        version.setItemLabelGenerator(RosterVersionSummary::label);
        List<RosterVersionSummary> published = rosters.versions().stream()
                .filter(v -> v.status() == RosterStatus.PUBLISHED).toList();
        version.setItems(published);
        if (!published.isEmpty()) {
            version.setValue(published.get(0));
        }
        Button generate = new Button(getTranslation("selfservice.open.generate"), e -> {
            if (version.getValue() == null) {
                return;
            }
            try {
                List<OpenShift> made = openShifts.generate(version.getValue().id());
                message.setText(getTranslation("selfservice.open.generated", made.size()));
            } catch (RosterInputException refused) {
                message.setText(refused.reason(getLocale()));
            }
            refresh();
        });
        generate.setId("open-shifts-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout controls = new HorizontalLayout(version, generate);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("open-shifts-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(s -> Formats.date(s.workDate())).setHeader(getTranslation("selfservice.open.col.date"));
        grid.addColumn(s -> ChoiceTexts.times(s, zone)).setHeader(getTranslation("selfservice.open.col.time"));
        java.util.Map<String, String> queues = openShifts.queueNames();
        grid.addColumn(s -> queues.getOrDefault(s.queueCode(), s.queueCode()))
                .setHeader(getTranslation("selfservice.open.col.queue")).setTooltipGenerator(OpenShift::queueCode);
        grid.addColumn(s -> Formats.decimal(s.gapIntervals() / 4.0, 2)).setHeader(getTranslation("selfservice.open.col.gap"));
        add(new H2(getTranslation("nav.open-shifts")), new Span(getTranslation("selfservice.open.planner-explain")),
                controls, message, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(openShifts.openShifts());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.open-shifts") + " | " + getTranslation("app.name");
    }
}
