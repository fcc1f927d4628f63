package dev.frontline.selfservice;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.frontline.db.Tables.AUDIT_EVENT;
import static dev.frontline.db.Tables.NOTIFICATION;
import static dev.frontline.db.Tables.TIME_OFF;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.db.enums.RequestStatus;
import dev.frontline.selfservice.inbox.PendingRequest;
import dev.frontline.selfservice.inbox.ui.InboxView;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The planner's inbox in the view (Karibu): the demo's pending requests, a denial needs a reason, bulk decisions. */
@FrontlineIntegrationTest
class InboxViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    @BeforeEach
    void open() {
        KaribuSession.open(context);
    }

    @AfterEach
    void close() {
        KaribuSession.close();
    }

    @SuppressWarnings("unchecked")
    private Grid<PendingRequest> grid() {
        return _get(Grid.class, spec -> spec.withId("inbox-grid"));
    }

    @Test
    void aPlannerDeniesWithAReasonAndApprovesInBulk() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("inbox");
        assertThat(UI.getCurrent().getChildren().findFirst()).isPresent();
        Grid<PendingRequest> grid = grid();
        List<PendingRequest> pending = GridKt._findAll(grid);
        assertThat(pending).as("the demo centre seeds pending time off").hasSizeGreaterThanOrEqualTo(2);
        assertThat(_get(Span.class, spec -> spec.withId("inbox-count")).getText()).contains(String.valueOf(pending.size()));
        assertThat(GridKt._getFormattedRow(grid, 0)).anySatisfy(cell -> assertThat(cell).isNotBlank());

        // a denial without a reason is refused in the form and changes nothing
        PendingRequest first = pending.get(0);
        grid.select(first);
        _click(_get(Button.class, spec -> spec.withId("inbox-deny")));
        assertThat(_get(TextField.class, spec -> spec.withId("inbox-reason")).isInvalid()).isTrue();
        assertThat(ctx.select(TIME_OFF.STATUS).from(TIME_OFF).where(TIME_OFF.ID.eq(first.id())).fetchSingle(TIME_OFF.STATUS))
                .isEqualTo(RequestStatus.REQUESTED);

        _setValue(_get(TextField.class, spec -> spec.withId("inbox-reason")), "Training week for the whole team");
        _click(_get(Button.class, spec -> spec.withId("inbox-deny")));
        assertThat(ctx.select(TIME_OFF.STATUS, TIME_OFF.DECISION_REASON).from(TIME_OFF).where(TIME_OFF.ID.eq(first.id()))
                .fetchSingle()).satisfies(r -> {
                    assertThat(r.value1()).isEqualTo(RequestStatus.REJECTED);
                    assertThat(r.value2()).isEqualTo("Training week for the whole team");
                });
        assertThat(ctx.fetchExists(AUDIT_EVENT, AUDIT_EVENT.ENTITY_TYPE.eq("time_off")
                .and(AUDIT_EVENT.ENTITY_KEY.eq(String.valueOf(first.id()))).and(AUDIT_EVENT.ACTOR.eq("planner")))).isTrue();
        assertThat(ctx.fetchExists(NOTIFICATION, NOTIFICATION.AGENT_ID.eq(first.agentId())
                .and(NOTIFICATION.MESSAGE_KEY.eq("selfservice.notify.timeoff-denied")))).isTrue();
        assertThat(GridKt._findAll(grid())).doesNotContain(first);

        // two at once
        List<PendingRequest> two = GridKt._findAll(grid()).subList(0, 2);
        two.forEach(grid()::select);
        _click(_get(Button.class, spec -> spec.withId("inbox-approve")));
        for (PendingRequest p : two) {
            assertThat(ctx.select(TIME_OFF.STATUS).from(TIME_OFF).where(TIME_OFF.ID.eq(p.id())).fetchSingle(TIME_OFF.STATUS))
                    .isEqualTo(RequestStatus.APPROVED);
        }
        assertThat(GridKt._findAll(grid())).doesNotContainAnyElementsOf(two);
        MockVaadin.clientRoundtrip(false);
    }

    @Test
    void anAgentCannotOpenTheInbox() {
        KaribuSession.signIn(users, "agent.ist");
        try {
            UI.getCurrent().navigate("inbox");
        } catch (RuntimeException | Error refused) {
            // Karibu surfaces the access-denied error view as an exception
        }
        assertThat(UI.getCurrent().getChildren().anyMatch(c -> c instanceof InboxView)).isFalse();
    }
}
