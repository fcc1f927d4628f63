package dev.frontline.workforce.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/**
 * The contract form shows the rules' own messages at the fields: a field's rule as the value is typed (through the
 * binder), a rule across fields when the service refuses the save. The import gives the same texts
 * ({@code OneContractRuleOneMessageTest}).
 */
@FrontlineIntegrationTest
class ContractFormMessagesTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void setUp() {
        KaribuSession.open(context);
        KaribuSession.signIn(users, "planner");
    }

    @AfterEach
    void tearDown() {
        KaribuSession.close();
    }

    @Test
    void theFormShowsEachRulesMessageAtItsField() {
        UI.getCurrent().navigate("contracts");
        _click(_get(Button.class, spec -> spec.withId("contract-new")));
        _setValue(_get(TextField.class, spec -> spec.withId("contract-code")), "MD-MSG");
        _setValue(_get(TextField.class, spec -> spec.withId("contract-name")), "Messages");
        NumberField min = _get(NumberField.class, spec -> spec.withId("contract-min-hours"));
        NumberField max = _get(NumberField.class, spec -> spec.withId("contract-max-hours"));

        // the form works in hours, the rule in minutes: the message names the minutes and the hours
        _setValue(max, -5.0);
        assertThat(max.isInvalid()).isTrue();
        assertThat(max.getErrorMessage())
                .isEqualTo("-300 is negative; must be at least 1 and at most 4800 minutes (80 hours) a week.");

        _setValue(max, 24.0);
        _setValue(min, 30.0);
        assertThat(min.isInvalid()).as("a rule across fields is the service's").isFalse();
        _click(_get(Button.class, spec -> spec.withId("contract-save")));
        assertThat(min.isInvalid()).isTrue();
        assertThat(min.getErrorMessage()).isEqualTo("The minimum per week cannot be negative or above the maximum.");
        assertThat(_get(Span.class, spec -> spec.withId("contract-error")).getText())
                .isEqualTo("The minimum per week cannot be negative or above the maximum.");
    }
}
