package dev.frontline.imports;

import static dev.frontline.imports.ImportFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BindingValidationStatus;

import dev.frontline.imports.csv.ImportError;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.workforce.masterdata.ContractDraft;
import dev.frontline.workforce.masterdata.ContractService;
import dev.frontline.workforce.masterdata.InvalidDraftException;
import dev.frontline.workforce.masterdata.RuleViolation;

/** A contract mistake reads the same on the contract form, from the service (REST, CLI) and in a CSV import. */
@FrontlineIntegrationTest
@WithUserDetails("planner")
class OneContractRuleOneMessageTest {

    private static final String HEADER = "code,name,min_minutes_per_week,max_minutes_per_week\n";
    private static final String NEGATIVE_MAX = "-5 is negative; must be at least 1 and at most 4800 minutes (80 hours) a week.";
    private static final String MIN_ABOVE_MAX = "The minimum per week cannot be negative or above the maximum.";

    @Autowired
    ContractService contracts;
    @Autowired
    ImportService imports;

    private static ContractDraft contract(int min, int max) {
        return new ContractDraft("MSG-1", "Message test", min, max, null, 660, 1, 6, 1, 4, 7, LocalTime.of(22, 0),
                LocalTime.of(6, 0), 0, List.of());
    }

    private List<String> importErrors(String row) {
        ImportResult result = imports.importFile(ImportKind.CONTRACTS, csv(HEADER + row), 0, null, false,
                Progress.NONE, Cancellation.NONE);
        return result.errors().stream().map(ImportError::describe).toList();
    }

    @Test
    void aNegativeWeeklyMaximumReadsTheSameEverywhere() {
        assertThatThrownBy(() -> contracts.create(contract(0, -5)))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::property, RuleViolation::english)
                        .containsExactly(tuple("maxMinutesPerWeek", NEGATIVE_MAX)));
        assertThat(contracts.check(contract(0, -5))).extracting(RuleViolation::property, RuleViolation::english)
                .containsExactly(tuple("maxMinutesPerWeek", NEGATIVE_MAX));

        BeanValidationBinder<ContractDraft> binder = new BeanValidationBinder<>(ContractDraft.class);
        IntegerField max = new IntegerField();
        binder.forField(max).bind("maxMinutesPerWeek");
        max.setValue(-5);
        assertThat(binder.validate().getFieldValidationErrors()).extracting(BindingValidationStatus::getMessage)
                .containsExactly(java.util.Optional.of(NEGATIVE_MAX));

        assertThat(importErrors("MSG-1,Message test,0,-5\n"))
                .containsExactly("line 2, column max_minutes_per_week: " + NEGATIVE_MAX);
    }

    @Test
    void anImportedRuleBreachReadsInTheReadersLanguage() {
        ImportResult result = imports.importFile(ImportKind.CONTRACTS, csv(HEADER + "MSG-1,Message test,0,-5\n"), 0, null,
                false, Progress.NONE, Cancellation.NONE);
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.column()).isEqualTo("max_minutes_per_week");
            assertThat(error.message(Locale.forLanguageTag("pl-PL")))
                    .isEqualTo("-5 to wartość ujemna; musi wynosić co najmniej 1 i najwyżej 4800 minut (80 godzin) tygodniowo.");
            assertThat(error.message(Locale.forLanguageTag("tr-TR"))).startsWith("-5 negatif;");
        });
    }

    @Test
    void aMinimumAboveTheMaximumReadsTheSameFromTheServiceAndTheImport() {
        assertThatThrownBy(() -> contracts.create(contract(2500, 2400)))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.violations())
                        .extracting(RuleViolation::property, RuleViolation::english)
                        .containsExactly(tuple("minMinutesPerWeek", MIN_ABOVE_MAX)));
        assertThat(importErrors("MSG-1,Message test,2500,2400\n"))
                .containsExactly("line 2, column min_minutes_per_week: " + MIN_ABOVE_MAX);
    }

    @Test
    void aCellThatIsNotANumberIsRefusedOnceByTheReaderNotAgainByTheRules() {
        assertThat(importErrors("MSG-1,Message test,abc,2400\n"))
                .containsExactly("line 2, column min_minutes_per_week: 'abc' is not a whole number");
    }
}
