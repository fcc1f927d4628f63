package dev.frontline.quality.planactual.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.quality.planactual.PlanActualInputException;
import dev.frontline.quality.planactual.PlanActualReport;
import dev.frontline.quality.planactual.PlanActualService;
import dev.frontline.quality.planactual.PlanQueue;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.LocalizedDatePickers;

/**
 * Plan against actual for planners and HR: a queue and a range of weeks; per week the forecast against what came,
 * required, scheduled and staffed agents, the goal against the service achieved and why the gap is what it is; a
 * week opens its days, a day its intervals. The view keeps the selection; {@link WeeksPanel} and {@link DaysPanel}
 * draw.
 */
@Route("plan-vs-actual")
@RolesAllowed({Roles.PLANNER, Roles.HR})
@Menu(title = "nav.plan-vs-actual", order = 8, icon = "vaadin:scale-unbalance")
public class PlanActualView extends VerticalLayout implements HasDynamicTitle {

    /** Weeks shown when the page opens: the last twelve complete weeks. */
    static final int DEFAULT_WEEKS = 12;

    private final PlanActualService service;
    private final Select<PlanQueue> queue = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph message = new Paragraph();
    private final WeeksPanel weeks;
    private final DaysPanel days;

    public PlanActualView(PlanActualService service) {
        this.service = service;
        setId("plan-actual");
        weeks = new WeeksPanel(this::openWeek);
        days = new DaysPanel(service);
        List<PlanQueue> queues = service.queues();
        queue.setId("plan-actual-queue");
        queue.setLabel(getTranslation("planactual.queue"));
        queue.setItems(queues);
        queue.setItemLabelGenerator(PlanQueue::name);
        LocalDate lastSunday = LocalDate.now().minusDays(LocalDate.now().getDayOfWeek().getValue());
        from.setId("plan-actual-from");
        from.setLabel(getTranslation("planactual.from"));
        from.setValue(lastSunday.minusWeeks(DEFAULT_WEEKS).plusDays(1));
        to.setId("plan-actual-to");
        to.setLabel(getTranslation("planactual.to"));
        to.setValue(lastSunday);
        message.setId("plan-actual-message");
        HorizontalLayout controls = new HorizontalLayout(queue, from, to);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        add(new H2(getTranslation("planactual.title")), new Paragraph(getTranslation("planactual.intro")), controls,
                message, weeks, days);
        LocalizedDatePickers.localizeAll(this);
        queue.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        if (!queues.isEmpty()) {
            queue.setValue(queues.get(0));
        }
    }

    private void refresh() {
        days.clear();
        if (queue.getValue() == null) {
            return;
        }
        try {
            PlanActualReport report = service.weeks(queue.getValue().code(), from.getValue(), to.getValue());
            message.setText("");
            weeks.show(report);
        } catch (PlanActualInputException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments().stream()
                    .map(a -> a instanceof LocalDate d ? Formats.date(d) : a).toArray()));
            weeks.clear();
        }
    }

    private void openWeek(LocalDate monday) {
        days.show(queue.getValue(), monday);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planactual.title") + " | " + getTranslation("app.name");
    }
}
