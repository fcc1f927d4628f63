package dev.frontline.selfservice.inbox.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.selfservice.inbox.CoverageImpact;
import dev.frontline.selfservice.inbox.Decision;
import dev.frontline.selfservice.inbox.InboxService;
import dev.frontline.selfservice.inbox.Outcome;
import dev.frontline.selfservice.inbox.PendingRequest;
import dev.frontline.shared.ui.Formats;

/**
 * The planner's inbox: every pending agent request with its coverage impact on the published roster; select one or
 * many, give a reason (a denial needs one) and approve or deny. Each request is decided on its own.
 */
@Route("inbox")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "selfservice.nav.inbox", order = 6, icon = "vaadin:inbox")
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient InboxService inbox;
    private final Grid<PendingRequest> grid = new Grid<>();
    private final TextField reason = new TextField();
    private final Span count = new Span();

    public InboxView(InboxService inbox) {
        this.inbox = inbox;
        setId("inbox");
        setSizeFull();
        count.setId("inbox-count");
        grid.setId("inbox-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(PendingRequest::agentName).setHeader(getTranslation("selfservice.inbox.col.agent")).setAutoWidth(true);
        grid.addColumn(p -> p.teamName() == null ? "–" : p.teamName()).setHeader(getTranslation("selfservice.inbox.col.team"));
        grid.addColumn(p -> getTranslation(p.summaryKey(), p.summaryArgs().toArray()))
                .setHeader(getTranslation("selfservice.inbox.col.request")).setFlexGrow(2);
        grid.addColumn(p -> Formats.date(p.firstDay()) + (p.lastDay().equals(p.firstDay()) ? "" : " – " + Formats.date(p.lastDay())))
                .setHeader(getTranslation("selfservice.inbox.col.days")).setAutoWidth(true);
        grid.addColumn(p -> impact(p.impact())).setHeader(getTranslation("selfservice.inbox.col.impact")).setFlexGrow(2);
        grid.addColumn(p -> headroom(p.impact())).setHeader(getTranslation("selfservice.inbox.col.headroom")).setAutoWidth(true);
        reason.setId("inbox-reason");
        reason.setLabel(getTranslation("selfservice.inbox.reason"));
        reason.setMaxLength(InboxService.REASON_MAX);
        reason.setWidthFull();
        Button approve = new Button(getTranslation("selfservice.inbox.approve"), e -> decide(Decision.APPROVE));
        approve.setId("inbox-approve");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        Button deny = new Button(getTranslation("selfservice.inbox.deny"), e -> decide(Decision.DENY));
        deny.setId("inbox-deny");
        deny.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(reason, approve, deny);
        actions.setWidthFull();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("selfservice.inbox.title")), count, grid, actions);
        refresh();
    }

    private void decide(Decision decision) {
        List<String> chosen = grid.getSelectedItems().stream().map(PendingRequest::reference).toList();
        if (chosen.isEmpty()) {
            show(getTranslation("selfservice.inbox.choose"), true);
            return;
        }
        if (decision == Decision.DENY && reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("selfservice.inbox.reason-needed"));
            return;
        }
        reason.setInvalid(false);
        List<Outcome> outcomes = inbox.decideAll(chosen, decision, reason.getValue());
        long done = outcomes.stream().filter(Outcome::done).count();
        String failures = outcomes.stream().filter(o -> !o.done()).map(o -> o.error(getLocale()))
                .reduce((a, b) -> a + "; " + b).orElse("");
        show(getTranslation(decision == Decision.APPROVE ? "selfservice.inbox.approved" : "selfservice.inbox.denied", done)
                + (failures.isEmpty() ? "" : " " + getTranslation("selfservice.inbox.not-decided", failures)), !failures.isEmpty());
        reason.clear();
        refresh();
    }

    private void show(String text, boolean error) {
        Notification shown = Notification.show(text);
        shown.setId("inbox-result");
        shown.addThemeVariants(error ? NotificationVariant.LUMO_ERROR : NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        List<PendingRequest> pending = inbox.pending();
        grid.deselectAll();
        grid.setItems(pending);
        count.setText(getTranslation("selfservice.inbox.count", pending.size()));
    }

    private String impact(CoverageImpact impact) {
        if (!impact.known()) {
            return getTranslation("selfservice.inbox.impact.unknown");
        }
        if (impact.keepsCoverage()) {
            return getTranslation("selfservice.inbox.impact.keeps", Formats.decimal(impact.agentHours(), 1));
        }
        // a swap moves hours between two agents rather than taking them out, so there is no "of" to name
        return impact.agentHours() > 0
                ? getTranslation("selfservice.inbox.impact.short", Formats.decimal(impact.addedUnmetHours(), 1),
                        Formats.decimal(impact.agentHours(), 1))
                : getTranslation("selfservice.inbox.impact.short-moved", Formats.decimal(impact.addedUnmetHours(), 1));
    }

    /** Spare agents where the request takes someone out; nothing to show when it takes nobody out (a swap). */
    private String headroom(CoverageImpact impact) {
        return !impact.known() || impact.agentHours() <= 0 || Double.isInfinite(impact.headroomAgents()) ? "–"
                : Formats.decimal(impact.headroomAgents(), 1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("selfservice.inbox.title") + " | " + getTranslation("app.name");
    }
}
