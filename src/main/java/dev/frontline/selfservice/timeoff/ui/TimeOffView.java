package dev.frontline.selfservice.timeoff.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.RequestStatus;
import dev.frontline.security.Roles;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.timeoff.Submitted;
import dev.frontline.selfservice.timeoff.TimeOffBalance;
import dev.frontline.selfservice.timeoff.TimeOffRequest;
import dev.frontline.selfservice.timeoff.TimeOffService;
import dev.frontline.shared.ui.Formats;

/**
 * Time off, phone-first: the balance of each kind this year, a request form, and every request with its decision,
 * who took it and why (a request Frontline approved by the coverage rule says so).
 */
@Route("me/time-off")
@RolesAllowed(Roles.AGENT)
@Menu(title = "selfservice.nav.time-off", order = 3, icon = "vaadin:suitcase")
public class TimeOffView extends VerticalLayout implements HasDynamicTitle {

    private final transient TimeOffService timeOff;
    private final Div balances = new Div();
    private final Div requests = new Div();
    private final DatePicker first = new DatePicker();
    private final DatePicker last = new DatePicker();
    private final Select<String> kind = new Select<>();
    private final TextField note = new TextField();

    public TimeOffView(TimeOffService timeOff) {
        this.timeOff = timeOff;
        setId("time-off");
        addClassName("fl-phone-page");
        balances.setId("timeoff-balances");
        requests.setId("timeoff-requests");
        first.setId("timeoff-first");
        first.setLabel(getTranslation("selfservice.timeoff.first"));
        last.setId("timeoff-last");
        last.setLabel(getTranslation("selfservice.timeoff.last"));
        first.addValueChangeListener(e -> {
            if (last.isEmpty() && e.getValue() != null) {
                last.setValue(e.getValue());
            }
        });
        kind.setId("timeoff-kind");
        kind.setLabel(getTranslation("selfservice.timeoff.kind"));
        kind.setItems(TimeOffService.KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("selfservice.timeoff.kind." + k.toLowerCase(Locale.ROOT)));
        kind.setValue(TimeOffService.KINDS.get(0));
        note.setId("timeoff-note");
        note.setLabel(getTranslation("selfservice.timeoff.note"));
        note.setMaxLength(500);
        for (var field : new com.vaadin.flow.component.HasSize[] {first, last, kind, note}) {
            field.setWidthFull();
        }
        Button submit = new Button(getTranslation("selfservice.timeoff.submit"), e -> submit());
        submit.setId("timeoff-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("selfservice.timeoff.title")), balances,
                new H3(getTranslation("selfservice.timeoff.new")), first, last, kind, note, submit,
                new H3(getTranslation("selfservice.timeoff.mine")), requests);
        refresh();
    }

    private void submit() {
        try {
            Submitted submitted = timeOff.request(first.getValue(), last.getValue(), kind.getValue(), note.getValue());
            TimeOffRequest r = submitted.request();
            String key = !submitted.created() ? "selfservice.timeoff.already"
                    : r.status() == RequestStatus.APPROVED ? "selfservice.timeoff.auto-approved"
                            : submitted.impact().known() ? "selfservice.timeoff.pending-impact" : "selfservice.timeoff.pending";
            Notification shown = Notification.show(getTranslation(key, Formats.date(r.firstDay()), Formats.date(r.lastDay()),
                    Formats.decimal(submitted.impact().addedUnmetHours(), 1)));
            shown.setId("timeoff-result");
            shown.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            first.clear();
            last.clear();
            note.clear();
        } catch (SelfServiceException refused) {
            Notification shown = Notification.show(refused.reason(getLocale()));
            shown.setId("timeoff-refused");
            shown.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void refresh() {
        balances.removeAll();
        for (TimeOffBalance b : timeOff.myBalances(LocalDate.now().getYear())) {
            Span line = new Span(getTranslation("selfservice.timeoff.balance",
                    getTranslation("selfservice.timeoff.kind." + b.kind().toLowerCase(Locale.ROOT)),
                    Formats.decimal(b.remaining().doubleValue(), 1), Formats.decimal(b.entitlement().doubleValue(), 1),
                    b.taken(), b.pending(), b.year()));
            line.setId("timeoff-balance-" + b.kind().toLowerCase(Locale.ROOT));
            balances.add(new Div(line));
        }
        requests.removeAll();
        var mine = timeOff.mine();
        if (mine.isEmpty()) {
            requests.add(new Span(getTranslation("selfservice.timeoff.none")));
        }
        for (TimeOffRequest r : mine) {
            Div card = new Div();
            card.setId("timeoff-request-" + r.id());
            card.addClassName("fl-day-card");
            card.add(new Span(getTranslation("selfservice.timeoff.request-line",
                    getTranslation("selfservice.timeoff.kind." + r.kind().toLowerCase(Locale.ROOT)),
                    Formats.date(r.firstDay()), Formats.date(r.lastDay()), r.workingDays())));
            Span status = new Span(getTranslation("selfservice.timeoff.status." + r.status().getLiteral().toLowerCase(Locale.ROOT)));
            status.getElement().getThemeList().addAll(java.util.List.of("badge", "small", switch (r.status()) {
                case APPROVED -> "success";
                case REJECTED -> "error";
                case REQUESTED -> "contrast";
            }));
            card.add(new Div(status));
            if (r.automatic()) {
                card.add(new Div(new Span(getTranslation("selfservice.timeoff.decided-automatically"))));
            } else if (r.decidedBy() != null) {
                card.add(new Div(new Span(getTranslation("selfservice.timeoff.decided-by", r.decidedBy(),
                        r.decisionReason() == null ? "–" : r.decisionReason()))));
            }
            if (r.status() == RequestStatus.REQUESTED) {
                Button withdraw = new Button(getTranslation("selfservice.timeoff.withdraw"), e -> {
                    timeOff.withdraw(r.id());
                    refresh();
                });
                withdraw.setId("timeoff-withdraw-" + r.id());
                withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                card.add(withdraw);
            }
            requests.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.timeoff.title") + " | " + getTranslation("app.name");
    }
}
