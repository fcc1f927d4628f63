package dev.frontline.selfservice.timeoff.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.TIME_OFF_ALLOWANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;

import dev.frontline.selfservice.timeoff.ContractAllowance;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The planner's leave allowances page: every contract listed, a value saved (and a bad one refused), agents kept out. */
@FrontlineIntegrationTest
class AllowancesViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    DSLContext ctx;

    private String contract;
    private BigDecimal original;

    @BeforeEach
    void setUp() {
        KaribuSession.open(context);
        contract = ctx.select(CONTRACT.CODE).from(CONTRACT).orderBy(CONTRACT.CODE).limit(1).fetchSingle(CONTRACT.CODE);
        original = ctx.select(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR).from(TIME_OFF_ALLOWANCE).join(CONTRACT)
                .on(CONTRACT.ID.eq(TIME_OFF_ALLOWANCE.CONTRACT_ID)).where(CONTRACT.CODE.eq(contract))
                .and(TIME_OFF_ALLOWANCE.KIND.eq("PERSONAL")).fetchOptional(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR).orElse(null);
    }

    @AfterEach
    void tearDown() {
        KaribuSession.close();
        var id = ctx.select(CONTRACT.ID).from(CONTRACT).where(CONTRACT.CODE.eq(contract)).fetchSingle(CONTRACT.ID);
        if (original == null) {
            ctx.deleteFrom(TIME_OFF_ALLOWANCE).where(TIME_OFF_ALLOWANCE.CONTRACT_ID.eq(id))
                    .and(TIME_OFF_ALLOWANCE.KIND.eq("PERSONAL")).execute();
        } else {
            ctx.update(TIME_OFF_ALLOWANCE).set(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR, original)
                    .where(TIME_OFF_ALLOWANCE.CONTRACT_ID.eq(id)).and(TIME_OFF_ALLOWANCE.KIND.eq("PERSONAL")).execute();
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void thePlannerSetsTheDaysOfLeaveAContractGrants() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("time-off-allowances");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("allowances-grid"));
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(ctx.fetchCount(CONTRACT));

        Select<ContractAllowance> contracts = _get(Select.class, spec -> spec.withId("allowance-contract"));
        _setValue(contracts, contracts.getListDataView().getItems().filter(a -> a.contractCode().equals(contract))
                .findFirst().orElseThrow());
        _setValue(_get(Select.class, spec -> spec.withId("allowance-kind")), "PERSONAL");
        _setValue(_get(BigDecimalField.class, spec -> spec.withId("allowance-days")), new BigDecimal("2.3"));
        _click(_get(Button.class, spec -> spec.withId("allowance-save")));
        assertThat(_get(Span.class, spec -> spec.withId("allowances-message")).getText())
                .isEqualTo("2.3 is not a whole or half number of days: enter whole or half days, such as 20 or 20.5.");

        _setValue(_get(BigDecimalField.class, spec -> spec.withId("allowance-days")), new BigDecimal("6.5"));
        _click(_get(Button.class, spec -> spec.withId("allowance-save")));
        assertThat(_get(Span.class, spec -> spec.withId("allowances-message")).getText())
                .contains("Personal days per year now 6.5").contains("active agent");
        assertThat(ctx.select(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR).from(TIME_OFF_ALLOWANCE).join(CONTRACT)
                .on(CONTRACT.ID.eq(TIME_OFF_ALLOWANCE.CONTRACT_ID)).where(CONTRACT.CODE.eq(contract))
                .and(TIME_OFF_ALLOWANCE.KIND.eq("PERSONAL")).fetchSingle(TIME_OFF_ALLOWANCE.DAYS_PER_YEAR))
                .isEqualByComparingTo("6.5");
    }

    @Test
    void agentsCannotOpenIt() {
        KaribuSession.signIn(users, "agent.ist");
        try {
            UI.getCurrent().navigate("time-off-allowances");
        } catch (RuntimeException | MockAccessDeniedException refused) {
            // Karibu surfaces the access-denied error view as an exception
        }
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AllowancesView.class);
    }
}
