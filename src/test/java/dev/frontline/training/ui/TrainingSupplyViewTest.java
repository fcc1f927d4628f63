package dev.frontline.training.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.AUDIT_EVENT;
import static dev.frontline.db.Tables.TRAINING_BUDGET;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;

import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;
import dev.frontline.training.OffPhone.Scope;

/** HR's page of training supply and cost: the curve with its fit, time to proficiency, and the budget editor. */
@FrontlineIntegrationTest
class TrainingSupplyViewTest {

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

    private TrainingSupplyView page(String user) {
        KaribuSession.signIn(users, user);
        UI.getCurrent().navigate(TrainingSupplyView.class);
        return _get(TrainingSupplyView.class);
    }

    @Test
    void hrSeesTheFittedCurveWithItsDataSizeAndGoodnessAndEachPathsTime() {
        TrainingSupplyView view = page("hr.lead");
        assertThat(view.curve.headline.getText()).contains("Fitted from").contains("new hires").contains("weeks");
        assertThat(view.curve.goodness.getText()).contains("R²");
        assertThat(view.paths.grid.getGenericDataView().getItems()
                .map(t -> t.path().path().code())).contains("ONB-3W", "ONB-5W", "CHAT-X");
    }

    @Test
    void hrSetsABudgetAndTheMonthReadsAgainstIt() {
        TrainingSupplyView view = page("hr.lead");
        OffPhoneBudgetPanel budget = view.budget;
        YearMonth month = YearMonth.now();
        try {
            budget.by.setValue(Scope.SITE);
            budget.place.setValue(budget.place.getGenericDataView().getItems()
                    .filter(o -> o.code().equals("WAW")).findFirst().orElseThrow());
            budget.month.setValue(month);
            budget.hours.setValue(new BigDecimal("5000"));
            budget.save.click();
            assertThat(budget.message.getText()).contains("Warsaw").contains("5,000");
            var row = budget.grid.getGenericDataView().getItems()
                    .filter(r -> r.scopeCode().equals("WAW") && r.month().equals(month)).findFirst().orElseThrow();
            assertThat(row.budget()).isEqualByComparingTo("5000");

            budget.hours.setValue(new BigDecimal("-3"));
            budget.save.click();
            assertThat(budget.message.getText()).contains("0 to");
        } finally {
            ctx.deleteFrom(TRAINING_BUDGET).where(TRAINING_BUDGET.MONTH.eq(month.atDay(1))).execute();
            ctx.deleteFrom(AUDIT_EVENT).where(AUDIT_EVENT.ENTITY_TYPE.eq("training budget")).execute();
        }
    }

    @Test
    void plannersReadTheBudgetsWithoutTheEditorAndAgentsAreKeptOut() {
        TrainingSupplyView view = page("planner");
        assertThat(view.budget.save.isVisible() && view.budget.save.getParent().orElseThrow().isVisible()).isFalse();
        assertThat(view.budget.grid.getGenericDataView().getItems().count()).isPositive();

        KaribuSession.signIn(users, "agent.ist");
        try {
            UI.getCurrent().navigate("training/supply");
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(TrainingSupplyView.class);
    }
}
