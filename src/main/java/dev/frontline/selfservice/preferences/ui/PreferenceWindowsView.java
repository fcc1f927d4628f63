package dev.frontline.selfservice.preferences.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.selfservice.preferences.PreferenceService;
import dev.frontline.selfservice.preferences.PreferenceWindow;
import dev.frontline.selfservice.preferences.TeamWishShare;
import dev.frontline.selfservice.preferences.WindowSummary;
import dev.frontline.selfservice.preferences.WishRefusedException;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * The planner's preference windows: open one for a future period with a deadline and a priority budget, compare the
 * newest roster over it with the wishes, and read the share of wished days honoured per team with its fairness.
 */
@Route("preferences")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.preferences", order = 34, icon = "vaadin:heart-o")
public class PreferenceWindowsView extends VerticalLayout implements HasDynamicTitle {

    private final PreferenceService preferences;
    private final Select<PreferenceWindow> window = new Select<>();
    private final Span message = new Span();
    private final Span overall = new Span();
    private final Grid<TeamWishShare> teams = new Grid<>();

    public PreferenceWindowsView(PreferenceService preferences) {
        this.preferences = preferences;
        setId("preference-windows");
        message.setId("windows-message");
        overall.setId("windows-overall");
        add(new H2(getTranslation("selfservice.windows.title")), openForm(), message);

        window.setId("windows-window");
        window.setLabel(getTranslation("selfservice.wishes.window"));
        window.setItemLabelGenerator(w -> getTranslation("selfservice.windows.item", Formats.date(w.firstDay()),
                Formats.date(w.lastDay()), UserZone.dateTime(w.deadline().toInstant()), w.priorityBudget()));
        window.addValueChangeListener(e -> showSummary(e.getValue() == null ? null : preferences.summary(e.getValue().id())));
        Button evaluate = new Button(getTranslation("selfservice.windows.evaluate"), e -> evaluate());
        evaluate.setId("windows-evaluate");
        HorizontalLayout pick = new HorizontalLayout(window, evaluate);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        teams.setId("windows-teams");
        teams.setAllRowsVisible(true);
        teams.addColumn(TeamWishShare::team).setHeader(getTranslation("selfservice.windows.col.team"));
        teams.addColumn(t -> Formats.integer(t.agents())).setHeader(getTranslation("selfservice.windows.col.agents"));
        teams.addColumn(t -> Formats.integer(t.wishedDates())).setHeader(getTranslation("selfservice.windows.col.wished"));
        teams.addColumn(t -> Formats.percent(t.share() * 100, 1)).setHeader(getTranslation("selfservice.windows.col.share"));
        teams.addColumn(t -> Formats.decimal(t.gini(), 2)).setHeader(getTranslation("selfservice.windows.col.gini"));
        add(new H3(getTranslation("selfservice.windows.outcomes")), pick, overall, teams,
                new Span(getTranslation("selfservice.windows.gini-explain")));
        reload(null);
    }

    private HorizontalLayout openForm() {
        LocalDate nextMonday = LocalDate.now().with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
        DatePicker first = new DatePicker(getTranslation("selfservice.windows.first"), nextMonday.plusWeeks(1));
        first.setId("windows-first");
        DatePicker last = new DatePicker(getTranslation("selfservice.windows.last"), nextMonday.plusWeeks(3).minusDays(1));
        last.setId("windows-last");
        DateTimePicker deadline = new DateTimePicker(getTranslation("selfservice.windows.deadline"),
                nextMonday.plusDays(3).atTime(18, 0));
        deadline.setId("windows-deadline");
        deadline.setHelperText(UserZone.current().getId());
        IntegerField budget = new IntegerField(getTranslation("selfservice.windows.budget"));
        budget.setId("windows-budget");
        budget.setValue(100);
        Button open = new Button(getTranslation("selfservice.windows.open"), e -> {
            try {
                ZoneId zone = UserZone.current();
                PreferenceWindow opened = preferences.openWindow(first.getValue(), last.getValue(),
                        deadline.getValue() == null ? null : deadline.getValue().atZone(zone).toOffsetDateTime(),
                        budget.getValue());
                message.setText(getTranslation("selfservice.windows.opened", Formats.date(opened.firstDay()),
                        Formats.date(opened.lastDay())));
                reload(opened);
            } catch (WishRefusedException refused) {
                message.setText(refused.reason(getLocale()));
            }
        });
        open.setId("windows-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(first, last, deadline, budget, open);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void reload(PreferenceWindow select) {
        List<PreferenceWindow> windows = preferences.currentWindows();
        window.setItems(windows);
        if (select != null) {
            window.setValue(windows.stream().filter(w -> w.id() == select.id()).findFirst().orElse(null));
        } else if (!windows.isEmpty()) {
            window.setValue(windows.get(windows.size() - 1));
        }
    }

    private void evaluate() {
        if (window.getValue() == null) {
            return;
        }
        try {
            showSummary(preferences.evaluate(window.getValue().id(), null));
        } catch (WishRefusedException refused) {
            message.setText(refused.reason(getLocale()));
        }
    }

    private void showSummary(WindowSummary summary) {
        if (summary == null) {
            overall.setText("");
            teams.setItems(List.of());
            return;
        }
        overall.setText(summary.rosterVersionId() == null
                ? getTranslation("selfservice.windows.not-compared", summary.wishes())
                : getTranslation("selfservice.windows.overall", summary.wishes(), summary.rosterVersionId(),
                        Formats.percent(summary.share() * 100, 1), Formats.integer(summary.honouredDates()),
                        Formats.integer(summary.wishedDates()), Formats.decimal(summary.gini(), 2)));
        teams.setItems(summary.teams());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.preferences") + " | " + getTranslation("app.name");
    }
}
