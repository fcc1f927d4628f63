package dev.frontline.selfservice.swaps.ui;

import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.selfservice.swaps.OpenShift;
import dev.frontline.selfservice.swaps.OpenShiftService;
import dev.frontline.selfservice.swaps.SwapRefusedException;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * Open shifts an agent can claim for extra hours, phone-first: each as a card with its day, times (with the zone),
 * queue and a claim button; a claim that breaks a rule of the agent's contract is refused with the rule named.
 */
@Route("me/open-shifts")
@RolesAllowed(Roles.AGENT)
@Menu(title = "nav.my-open-shifts", order = 8, icon = "vaadin:plus-circle-o")
public class MyOpenShiftsView extends VerticalLayout implements HasDynamicTitle {

    private final OpenShiftService openShifts;
    private final Span message = new Span();
    private final VerticalLayout list = new VerticalLayout();
    private final ZoneId zone = UserZone.current();

    public MyOpenShiftsView(OpenShiftService openShifts) {
        this.openShifts = openShifts;
        setId("my-open-shifts");
        setMaxWidth("40rem");
        message.setId("open-shifts-message");
        list.setId("open-shifts-list");
        list.setPadding(false);
        add(new H2(getTranslation("selfservice.open.title")), new Span(getTranslation("selfservice.open.explain")),
                message, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<OpenShift> open = openShifts.openShifts();
        java.util.Map<String, String> queues = openShifts.queueNames();
        if (open.isEmpty()) {
            list.add(new Span(getTranslation("selfservice.open.none")));
        }
        for (OpenShift shift : open) {
            Div card = new Div(new Div(new Span(Formats.date(shift.workDate()) + " · " + ChoiceTexts.times(shift, zone))),
                    new Div(new Span(getTranslation("selfservice.open.queue",
                            queues.getOrDefault(shift.queueCode(), shift.queueCode()),
                            Formats.decimal(shift.lengthMinutes() / 60.0, 1)))));
            card.setId("open-shift-" + shift.id());
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                    .set("width", "100%").set("box-sizing", "border-box");
            Button claim = new Button(getTranslation("selfservice.open.claim"), e -> claim(shift));
            claim.setId("open-shift-claim-" + shift.id());
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            card.add(claim);
            list.add(card);
        }
    }

    private void claim(OpenShift shift) {
        try {
            OpenShift claimed = openShifts.claim(shift.id());
            message.setText(getTranslation("selfservice.open.claimed", Formats.date(claimed.workDate()),
                    ChoiceTexts.times(claimed, zone)));
        } catch (SwapRefusedException refused) {
            message.setText(getTranslation("selfservice.swaps.refused-by", ChoiceTexts.rule(this, refused.rule())) + " "
                    + refused.reason(getLocale()));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-open-shifts") + " | " + getTranslation("app.name");
    }
}
