package dev.frontline.capacity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import dev.frontline.capacity.CapacityPlanSummary;
import dev.frontline.capacity.CapacityService;
import dev.frontline.capacity.FrontierService;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The frontier page: a planner draws it, reads why the current plan stands where it does and follows it; HR reads. */
@FrontlineIntegrationTest
class FrontierViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    CapacityService capacity;

    private Set<Long> before;

    @BeforeEach
    void open() {
        KaribuSession.open(context);
        KaribuSession.signIn(users, "planner");
        before = capacity.plans().stream().map(CapacityPlanSummary::id).collect(Collectors.toSet());
        capacity.createPlan("Frontier view test " + System.nanoTime(), CapacityService.MIN_WEEKS);
    }

    @AfterEach
    void close() {
        KaribuSession.signIn(users, "planner");
        capacity.plans().stream().filter(p -> !before.contains(p.id())).forEach(p -> capacity.deletePlan(p.id()));
        KaribuSession.close();
    }

    @Test
    void plannerDrawsTheFrontierReadsAPointAndFollowsIt() {
        UI.getCurrent().navigate("capacity/frontier");
        _get(Button.class, spec -> spec.withId("frontier-draw")).click();
        _get(Chart.class, spec -> spec.withId("frontier-chart"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("frontier-status")).getText()).contains("efficient");
        // the current plan is explained at first: its levers, speed, quality and cost with their sources
        UnorderedList why = _get(UnorderedList.class, spec -> spec.withId("frontier-why"));
        String text = _find(why, ListItem.class).stream().map(ListItem::getText).collect(Collectors.joining("\n"));
        assertThat(text).contains("current plan").contains("Erlang C").contains("agent-months").contains("FTE-weeks");
        assertThat(_find(_get(UnorderedList.class, spec -> spec.withId("frontier-notes")), ListItem.class)).isNotEmpty();

        _get(Button.class, spec -> spec.withId("frontier-follow")).click();
        assertThat(_get(Paragraph.class, spec -> spec.withId("frontier-result")).getText())
                .contains(FrontierService.CHOICE_NAME);
        long plan = capacity.plans().stream().filter(p -> !before.contains(p.id())).findFirst().orElseThrow().id();
        assertThat(capacity.scenarios(plan)).extracting(s -> s.name()).contains(FrontierService.CHOICE_NAME);
    }

    @Test
    void hrReadsWithoutFollowing() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate("capacity/frontier");
        _get(Button.class, spec -> spec.withId("frontier-draw")).click();
        _get(Chart.class, spec -> spec.withId("frontier-chart"));
        // the follow button is there for planners only: hidden, so the locator finds no visible one
        assertThat(_find(Button.class, spec -> spec.withId("frontier-follow"))).isEmpty();
    }
}
