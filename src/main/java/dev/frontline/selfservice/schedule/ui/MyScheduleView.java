package dev.frontline.selfservice.schedule.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.selfservice.notifications.NotificationService;
import dev.frontline.selfservice.notifications.ui.NotificationBell;
import dev.frontline.selfservice.schedule.ScheduleChange;
import dev.frontline.selfservice.schedule.ScheduleService;
import dev.frontline.selfservice.schedule.ScheduleWeek;
import dev.frontline.shared.ui.Formats;

/**
 * The agent's start page, phone-first (one column, no horizontal scrolling at 390 px): what changed since the last
 * visit (old → new), then a week or a month of published shifts with breaks and lunch, place, days off, time off and
 * booked office days, and each week's paid hours against the contract.
 */
@Route("me")
@RolesAllowed(Roles.AGENT)
@Menu(title = "selfservice.nav.schedule", order = 1, icon = "vaadin:calendar-user")
public class MyScheduleView extends VerticalLayout implements HasDynamicTitle {

    private final transient ScheduleService schedule;
    private final Div changes = new Div();
    private final Div days = new Div();
    private final Span period = new Span();
    private final Tabs mode;
    private final Tab week;
    private LocalDate anchor;

    public MyScheduleView(ScheduleService schedule, NotificationService notifications) {
        this.schedule = schedule;
        setId("my-schedule");
        addClassName("fl-phone-page");
        setPadding(true);
        anchor = schedule.myToday();

        H2 title = new H2(getTranslation("selfservice.schedule.title"));
        HorizontalLayout header = new HorizontalLayout(title, new NotificationBell(notifications));
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        week = new Tab(getTranslation("selfservice.schedule.week"));
        week.setId("schedule-mode-week");
        Tab month = new Tab(getTranslation("selfservice.schedule.month"));
        month.setId("schedule-mode-month");
        mode = new Tabs(week, month);
        mode.setId("schedule-mode");
        mode.addSelectedChangeListener(e -> show());

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.setId("schedule-prev");
        previous.setAriaLabel(getTranslation("selfservice.schedule.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.setId("schedule-next");
        next.setAriaLabel(getTranslation("selfservice.schedule.next"));
        period.setId("schedule-period");
        HorizontalLayout navigation = new HorizontalLayout(previous, period, next);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);

        changes.setId("schedule-changes");
        days.setId("schedule-days");
        days.setWidthFull();
        add(header, changes, mode, navigation, days);
        showChanges();
        show();
    }

    private void move(int steps) {
        anchor = mode.getSelectedTab() == week ? anchor.plusWeeks(steps) : anchor.plusMonths(steps);
        show();
    }

    private void show() {
        boolean weekly = mode.getSelectedTab() == week;
        LocalDate from = weekly ? anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : anchor.withDayOfMonth(1);
        LocalDate to = weekly ? from.plusDays(6) : anchor.with(TemporalAdjusters.lastDayOfMonth());
        period.setText(weekly ? getTranslation("selfservice.schedule.week-of", Formats.date(from))
                : anchor.format(DateTimeFormatter.ofPattern("LLLL yyyy", getLocale())));
        days.removeAll();
        List<ScheduleWeek> weeks = schedule.myWeeks(from, to);
        for (ScheduleWeek w : weeks) {
            Div weekBox = new Div();
            weekBox.addClassName("fl-week");
            Span hours = new Span(getTranslation("selfservice.schedule.week-hours", Formats.shortDate(w.monday()),
                    Formats.decimal(w.paidMinutes() / 60.0, 1), Formats.decimal(w.contractMinMinutes() / 60.0, 1),
                    Formats.decimal(w.contractMaxMinutes() / 60.0, 1)));
            hours.setId("schedule-week-hours-" + w.monday());
            hours.addClassName("fl-week-hours");
            if (w.paidMinutes() > w.contractMaxMinutes()) {
                hours.addClassName("fl-warning");
            }
            weekBox.add(hours);
            for (ScheduleWeek.Day day : w.days()) {
                if (!day.date().isBefore(from) && !day.date().isAfter(to)) {
                    weekBox.add(new DayCard(day, !weekly));
                }
            }
            days.add(weekBox);
        }
    }

    private void showChanges() {
        changes.removeAll();
        List<ScheduleChange> changed = schedule.myChanges();
        if (changed.isEmpty()) {
            changes.setVisible(false);
            return;
        }
        changes.setVisible(true);
        changes.addClassName("fl-changes");
        changes.add(new H3(getTranslation("selfservice.schedule.changes.title", changed.size())));
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        for (ScheduleChange c : changed) {
            String old = c.oldStart() == null ? getTranslation("selfservice.schedule.day-off")
                    : c.oldStart().format(time) + "–" + c.oldEnd().format(time) + " " + place(c.oldSiteCode());
            String now = c.newStart() == null ? getTranslation("selfservice.schedule.day-off")
                    : c.newStart().format(time) + "–" + c.newEnd().format(time) + " " + place(c.newSiteCode());
            Div line = new Div(new Span(getTranslation("selfservice.schedule.changes.line", Formats.date(c.date()), old, now)));
            line.setId("schedule-change-" + c.date());
            changes.add(line);
        }
        Button seen = new Button(getTranslation("selfservice.schedule.changes.seen"), e -> {
            schedule.markSeen();
            showChanges();
        });
        seen.setId("schedule-changes-seen");
        seen.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        changes.add(seen);
    }

    private String place(String siteCode) {
        return siteCode == null ? getTranslation("selfservice.schedule.home-short") : siteCode;
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (!changes.isVisible()) {
            // the first visit, or nothing changed: what the agent sees now is what later changes are compared with
            schedule.markSeen();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.schedule.title") + " | " + getTranslation("app.name");
    }
}
