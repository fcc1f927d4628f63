package dev.frontline.selfservice.officedays.ui;

import java.time.LocalDate;
import java.time.format.TextStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.officedays.OfficeDayService;
import dev.frontline.selfservice.officedays.OfficeWeek;
import dev.frontline.shared.ui.Formats;

/**
 * Office days for the coming weeks, phone-first: each day's free seats at the agent's site and a book or cancel
 * button; the team's anchor day and the contract's minimum are shown as a nudge. A refusal says which rule.
 */
@Route("me/office-days")
@RolesAllowed(Roles.AGENT)
@Menu(title = "selfservice.nav.office-days", order = 2, icon = "vaadin:office")
public class OfficeDaysView extends VerticalLayout implements HasDynamicTitle {

    private final transient OfficeDayService officeDays;
    private final Div days = new Div();
    private final Span nudge = new Span();
    private final Span period = new Span();
    private LocalDate monday;

    public OfficeDaysView(OfficeDayService officeDays) {
        this.officeDays = officeDays;
        setId("office-days");
        addClassName("fl-phone-page");
        monday = LocalDate.now();
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.setId("office-prev");
        previous.setAriaLabel(getTranslation("selfservice.schedule.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.setId("office-next");
        next.setAriaLabel(getTranslation("selfservice.schedule.next"));
        period.setId("office-period");
        HorizontalLayout navigation = new HorizontalLayout(previous, period, next);
        navigation.setAlignItems(FlexComponent.Alignment.CENTER);
        nudge.setId("office-nudge");
        nudge.addClassName("fl-nudge");
        days.setId("office-days-list");
        days.setWidthFull();
        add(new H2(getTranslation("selfservice.officedays.title")), navigation, nudge, days);
        // a week with no day left to book (on a Sunday, every day has passed) opens on the next one, where the agent
        // can act, instead of a list without a single button
        OfficeWeek thisWeek = officeDays.myWeek(monday);
        if (thisWeek.officeEligible() && thisWeek.days().stream().noneMatch(OfficeWeek.Day::bookable)) {
            monday = thisWeek.monday().plusWeeks(1);
        }
        show();
    }

    private void move(int weeks) {
        monday = monday.plusWeeks(weeks);
        show();
    }

    private void show() {
        OfficeWeek week = officeDays.myWeek(monday);
        monday = week.monday();
        period.setText(getTranslation("selfservice.schedule.week-of", Formats.date(week.monday())));
        days.removeAll();
        if (!week.officeEligible()) {
            nudge.setText(getTranslation("selfservice.officedays.home-only"));
            return;
        }
        StringBuilder hint = new StringBuilder(getTranslation("selfservice.officedays.booked-of", week.booked(),
                week.minOfficeDays(), week.maxOfficeDays()));
        if (week.belowMinimum()) {
            hint.append(' ').append(getTranslation("selfservice.officedays.below-minimum", week.minOfficeDays()));
        }
        if (week.anchorDayOpen()) {
            hint.append(' ').append(getTranslation("selfservice.officedays.anchor",
                    week.anchorDay().getDisplayName(TextStyle.FULL, getLocale())));
        }
        nudge.setText(hint.toString());
        for (OfficeWeek.Day day : week.days()) {
            Div row = new Div();
            row.setId("office-day-" + day.date());
            row.addClassName("fl-day-card");
            if (week.anchorDay() == day.date().getDayOfWeek()) {
                row.addClassName("fl-anchor-day");
            }
            Span date = new Span(day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " "
                    + Formats.shortDate(day.date()));
            date.addClassName("fl-day-date");
            Span seats = new Span(getTranslation("selfservice.officedays.seats", day.seats().free(), day.seats().seats(),
                    week.siteCode()));
            seats.setId("office-seats-" + day.date());
            row.add(date, seats);
            if (day.mine()) {
                Span booked = new Span(getTranslation("selfservice.officedays.booked"));
                booked.getElement().getThemeList().addAll(java.util.List.of("badge", "success", "small"));
                row.add(booked);
            }
            if (day.bookable()) {
                Button action = day.mine()
                        ? new Button(getTranslation("selfservice.officedays.cancel"), e -> act(() -> officeDays.cancel(day.date()),
                                "selfservice.officedays.cancelled", day.date()))
                        : new Button(getTranslation("selfservice.officedays.book"), e -> act(() -> officeDays.book(day.date(),
                                week.siteCode()), "selfservice.officedays.done", day.date()));
                action.setId((day.mine() ? "office-cancel-" : "office-book-") + day.date());
                action.addThemeVariants(day.mine() ? ButtonVariant.LUMO_TERTIARY : ButtonVariant.LUMO_PRIMARY,
                        ButtonVariant.LUMO_SMALL);
                action.setEnabled(day.mine() || day.seats().free() > 0);
                row.add(action);
            }
            days.add(row);
        }
    }

    private void act(Runnable action, String doneKey, LocalDate date) {
        try {
            action.run();
            Notification.show(getTranslation(doneKey, Formats.date(date))).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (SelfServiceException refused) {
            Notification shown = Notification.show(refused.reason(getLocale()));
            shown.setId("office-refused");
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.officedays.title") + " | " + getTranslation("app.name");
    }
}
