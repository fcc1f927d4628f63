package dev.frontline.selfservice.bidding.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.BID_ROUND;
import static dev.frontline.db.Tables.ROSTER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import tools.jackson.databind.json.JsonMapper;

import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.testing.ApiCalls;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/**
 * The planner's and the agent's shift-choice pages through Karibu-Testing, on a solved one-week draft: the planner opens
 * a round and sees its lines, an agent sees their place and ranks lines with the buttons, the planner allocates and
 * applies, the agent reads their award; each role is kept out of the other's page.
 */
@FrontlineIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BidViewsTest {

    private static final LocalDate FIRST = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(2);

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;
    @Autowired
    JsonMapper json;
    @LocalServerPort
    int port;

    private long version;

    @BeforeAll
    void solveADraft() {
        ApiCalls api = new ApiCalls(port);
        version = json.readTree(api.call(HttpMethod.POST, "planner", "/api/v1/rosters", "{\"firstDay\":\"" + FIRST
                + "\",\"weeks\":1}").body()).get("id").asLong();
        assertThat(api.call(HttpMethod.POST, "planner", "/api/v1/rosters/" + version
                + "/solve?config=roster-quick&seconds=3", null).status()).isEqualTo(202);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> json.readTree(api.call(HttpMethod.GET, "planner", "/api/v1/rosters/" + version, null).body())
                        .get("status").asString().equals("DONE"));
    }

    @AfterAll
    void cleanUp() {
        List<Long> applied = ctx.select(BID_ROUND.APPLIED_VERSION_ID).from(BID_ROUND)
                .where(BID_ROUND.ROSTER_VERSION_ID.eq(version)).and(BID_ROUND.APPLIED_VERSION_ID.isNotNull())
                .fetch(BID_ROUND.APPLIED_VERSION_ID);
        ctx.deleteFrom(BID_ROUND).where(BID_ROUND.ROSTER_VERSION_ID.eq(version)).execute();
        ctx.deleteFrom(ROSTER_VERSION).where(ROSTER_VERSION.ID.in(applied)).or(ROSTER_VERSION.ID.eq(version)).execute();
    }

    @BeforeEach
    void setUp() {
        KaribuSession.open(context);
    }

    @AfterEach
    void tearDown() {
        KaribuSession.close();
    }

    private static Component current() {
        return UI.getCurrent().getCurrentView();
    }

    @SuppressWarnings("unchecked")
    @Test
    void aPlannerPreviewsTheLinesOfADraftBeforeOpeningARound() {
        int rounds = ctx.fetchCount(BID_ROUND, BID_ROUND.ROSTER_VERSION_ID.eq(version));
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("shift-bids");
        Select<RosterVersionSummary> versions = _get(Select.class, spec -> spec.withId("bids-version"));
        _setValue(versions, versions.getListDataView().getItems().filter(v -> v.id() == version).findFirst().orElseThrow());
        assertThat(_get(com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
                spec -> spec.withId("bids-deadline-input")).getHelperText()).contains("reminded 24 hours before");
        _click(_get(Button.class, spec -> spec.withId("bids-preview-button")));
        assertThat(_get(Span.class, spec -> spec.withId("bids-preview-summary")).getText())
                .startsWith("Preview of roster version " + version).contains("Nothing is opened");
        Grid<?> preview = _get(Grid.class, spec -> spec.withId("bids-preview-lines"));
        assertThat(preview.getGenericDataView().getItems().count()).isPositive();
        assertThat(ctx.fetchCount(BID_ROUND, BID_ROUND.ROSTER_VERSION_ID.eq(version))).isEqualTo(rounds);
    }

    @SuppressWarnings("unchecked")
    @Test
    void aPlannerOpensARoundAnAgentRanksOnTheirPhoneAndReadsTheirAward() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("shift-bids");
        Select<RosterVersionSummary> versions = _get(Select.class, spec -> spec.withId("bids-version"));
        _setValue(versions, versions.getListDataView().getItems().filter(v -> v.id() == version).findFirst().orElseThrow());
        _click(_get(Button.class, spec -> spec.withId("bids-create")));
        assertThat(_get(Span.class, spec -> spec.withId("bids-planner-message")).getText()).startsWith("Round ")
                .contains("is open");
        Grid<?> lines = _get(Grid.class, spec -> spec.withId("bids-lines"));
        assertThat(lines.getGenericDataView().getItems().count()).isPositive();
        assertThat(_get(Span.class, spec -> spec.withId("bids-summary")).getText()).startsWith("Seniority")
                .contains("0 of ");

        KaribuSession.signIn(users, "agent.ist");
        UI.getCurrent().navigate("me/shift-bids");
        assertThat(_get(Span.class, spec -> spec.withId("bids-place")).getText()).matches(
                "You are \\d+(st|nd|rd|th) of \\d+ by seniority \\(hired .+\\)\\.");
        List<Button> adds = _find(Button.class, spec -> spec.withText("Add to my ranking"));
        assertThat(adds).isNotEmpty();
        String firstId = adds.get(0).getId().orElseThrow().replace("bids-add-", "");
        _click(adds.get(0));
        if (adds.size() > 1) {
            String secondId = adds.get(1).getId().orElseThrow().replace("bids-add-", "");
            _click(_get(Button.class, spec -> spec.withId("bids-add-" + secondId)));
            // the second line moves up to first place
            _click(_get(Button.class, spec -> spec.withId("bids-up-" + secondId)));
            List<Div> ranked = _find(Div.class, spec -> spec.withId("bids-ranked-" + secondId));
            assertThat(ranked).hasSize(1);
            assertThat(_get(Button.class, spec -> spec.withId("bids-up-" + secondId)).isEnabled()).isFalse();
            // dropping the first line onto the line in first place (a mouse drag) puts it back there
            _get(MyShiftBidsView.class).place(Long.parseLong(firstId), 0);
            assertThat(_get(Button.class, spec -> spec.withId("bids-up-" + firstId)).isEnabled()).isFalse();
            assertThat(_get(Button.class, spec -> spec.withId("bids-up-" + secondId)).isEnabled()).isTrue();
        }
        _click(_get(Button.class, spec -> spec.withId("bids-save")));
        assertThat(_get(Span.class, spec -> spec.withId("bids-message")).getText()).startsWith("Your ranking of")
                .endsWith("is saved.");
        assertThat(_find(Div.class, spec -> spec.withId("bids-ranked-" + firstId))).hasSize(1);
        try {
            UI.getCurrent().navigate("shift-bids");
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // Karibu surfaces the access-denied error view as an exception; nothing of the view is shown
        }
        assertThat(current()).isNotInstanceOf(ShiftBidsView.class);

        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("shift-bids");
        _click(_get(Button.class, spec -> spec.withId("bids-allocate")));
        assertThat(_get(Span.class, spec -> spec.withId("bids-review")).getText()).startsWith("First choices:")
                .contains("without a line: 0").contains("Allocated in");
        assertThat(_get(Grid.class, spec -> spec.withId("bids-awards")).getGenericDataView().getItems().count()).isPositive();
        _click(_get(Button.class, spec -> spec.withId("bids-apply")));
        assertThat(_get(Span.class, spec -> spec.withId("bids-planner-message")).getText())
                .startsWith("The awards are in the new draft roster version");
        try {
            UI.getCurrent().navigate("me/shift-bids");
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // see above
        }
        assertThat(current()).isNotInstanceOf(MyShiftBidsView.class);

        KaribuSession.signIn(users, "agent.ist");
        UI.getCurrent().navigate("me/shift-bids");
        // which line the agent gets depends on the quick solve's lines and who could work them (the engine tests pin
        // the allocation itself); the page says either the rank obtained or why none of the ranked lines was left
        assertThat(_get(Span.class, spec -> spec.withId("bids-award")).getText()).matches(
                "You got (your \\d+(st|nd|rd|th) choice: line \\d+\\.|line \\d+: the lines you ranked were taken, .+)");
        assertThat(_find(Button.class, spec -> spec.withId("bids-save"))).isEmpty();
    }
}
