package dev.frontline.selfservice.swaps.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.SwapStatus;
import dev.frontline.security.CurrentUser;
import dev.frontline.security.Roles;
import dev.frontline.selfservice.swaps.ShiftSwap;
import dev.frontline.selfservice.swaps.SwapRefusedException;
import dev.frontline.selfservice.swaps.SwapService;
import dev.frontline.shared.ui.Formats;

/**
 * An agent's swaps, phone-first: propose one with a named colleague (my shift's date, and theirs in return or none),
 * and each swap I proposed or was asked for as a card with its state, the rule that refused it, and the answer,
 * withdraw buttons where they apply.
 */
@Route("me/swaps")
@RolesAllowed(Roles.AGENT)
@Menu(title = "nav.my-swaps", order = 7, icon = "vaadin:exchange")
public class MySwapsView extends VerticalLayout implements HasDynamicTitle {

    private final SwapService swaps;
    private final long me;
    private final Span message = new Span();
    private final VerticalLayout list = new VerticalLayout();

    public MySwapsView(SwapService swaps, CurrentUser currentUser) {
        this.swaps = swaps;
        this.me = currentUser.require().agentId().orElseThrow();
        setId("my-swaps");
        setMaxWidth("40rem");
        message.setId("swaps-message");
        list.setId("swaps-list");
        list.setPadding(false);
        add(new H2(getTranslation("selfservice.swaps.title")), form(), message,
                new H3(getTranslation("selfservice.swaps.mine")), list);
        refresh();
    }

    private Div form() {
        TextField colleague = new TextField(getTranslation("selfservice.swaps.colleague"));
        colleague.setId("swaps-colleague");
        colleague.setHelperText(getTranslation("selfservice.swaps.colleague.help"));
        DatePicker myDate = new DatePicker(getTranslation("selfservice.swaps.my-date"));
        myDate.setId("swaps-my-date");
        myDate.setLocale(Formats.locale());
        DatePicker theirDate = new DatePicker(getTranslation("selfservice.swaps.their-date"));
        theirDate.setId("swaps-their-date");
        theirDate.setLocale(Formats.locale());
        theirDate.setHelperText(getTranslation("selfservice.swaps.their-date.help"));
        TextField note = new TextField(getTranslation("selfservice.swaps.note"));
        note.setId("swaps-note");
        note.setMaxLength(500);
        Button propose = new Button(getTranslation("selfservice.swaps.propose"), e -> {
            try {
                swaps.propose(colleague.getValue(), myDate.getValue(), theirDate.getValue(),
                        note.getValue().isBlank() ? null : note.getValue());
                message.setText(getTranslation("selfservice.swaps.proposed"));
            } catch (SwapRefusedException refused) {
                message.setText(refusal(refused));
            }
            refresh();
        });
        propose.setId("swaps-propose");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(colleague, myDate, theirDate, note, propose);
        form.setId("swaps-form");
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "baseline");
        return form;
    }

    private String refusal(SwapRefusedException refused) {
        return getTranslation("selfservice.swaps.refused-by", ChoiceTexts.rule(this, refused.rule())) + " "
                + refused.reason(getLocale());
    }

    private void refresh() {
        list.removeAll();
        List<ShiftSwap> mine = swaps.mySwaps();
        if (mine.isEmpty()) {
            list.add(new Span(getTranslation("selfservice.swaps.empty")));
        }
        mine.forEach(swap -> list.add(card(swap)));
    }

    private Div card(ShiftSwap swap) {
        Div card = new Div();
        card.setId("swap-" + swap.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("width", "100%").set("box-sizing", "border-box");
        boolean asked = swap.colleagueAgentId() == me;
        String what = swap.colleagueDate() == null
                ? getTranslation(asked ? "selfservice.swaps.card.offer-to-me" : "selfservice.swaps.card.offer",
                        asked ? swap.requesterName() : swap.colleagueName(), Formats.date(swap.requesterDate()))
                : getTranslation(asked ? "selfservice.swaps.card.swap-to-me" : "selfservice.swaps.card.swap",
                        asked ? swap.requesterName() : swap.colleagueName(), Formats.date(swap.requesterDate()),
                        Formats.date(swap.colleagueDate()));
        Span status = new Span(getTranslation("selfservice.swaps.status." + swap.status().getLiteral()));
        status.setId("swap-status-" + swap.id());
        status.getElement().getThemeList().add("badge");
        card.add(new Div(new Span(what)), status);
        if (swap.ruleCode() != null) {
            String args = swap.ruleDetail() != null ? " — " + swap.ruleDetail().render(getLocale())
                    : swap.ruleArgs().isEmpty() ? "" : " — " + String.join(", ", swap.ruleArgs());
            card.add(new Div(new Span(ChoiceTexts.rule(this, swap.ruleCode())
                    + (ChoiceTexts.slug(swap.ruleCode()).equals("coverage-worse") ? "" : args))));
        }
        if (asked && swap.status() == SwapStatus.PROPOSED) {
            card.add(button("swap-accept-" + swap.id(), "selfservice.swaps.accept", () -> swaps.respond(swap.id(), true)),
                    button("swap-decline-" + swap.id(), "selfservice.swaps.decline", () -> swaps.respond(swap.id(), false)));
        }
        if (!asked && (swap.status() == SwapStatus.PROPOSED || swap.status() == SwapStatus.PENDING_PLANNER)) {
            card.add(button("swap-withdraw-" + swap.id(), "selfservice.swaps.withdraw", () -> swaps.withdraw(swap.id())));
        }
        return card;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                action.run();
                message.setText("");
            } catch (SwapRefusedException refused) {
                message.setText(refusal(refused));
            }
            refresh();
        });
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-swaps") + " | " + getTranslation("app.name");
    }
}
