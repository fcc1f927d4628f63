package dev.frontline.imports;

import static dev.frontline.imports.ImportFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.workforce.masterdata.AgentDraft;
import dev.frontline.workforce.masterdata.AgentMasterService;
import dev.frontline.workforce.masterdata.InvalidDraftException;
import dev.frontline.workforce.masterdata.RuleViolation;

/** The agent import checks the agent's rules through the service: the same words, on the file's own columns. */
@FrontlineIntegrationTest
@WithUserDetails("planner")
class AgentImportRulesTest {

    private static final String HEADER = "employee_number,first_name,last_name,email,hire_date,status,contract,home_site\n";
    private static final String EXIT_DATE = "An agent who left needs an exit date on or after the hire date.";
    private static final String EXIT_KIND = "An agent who left needs the exit kind (voluntary or involuntary).";

    @Autowired
    ImportService imports;
    @Autowired
    AgentMasterService agents;

    private List<String> errors(String rows) {
        ImportResult result = imports.importFile(ImportKind.AGENTS, csv(HEADER + rows), 0, null, false,
                Progress.NONE, Cancellation.NONE);
        return result.errors().stream().map(ImportError::describe).toList();
    }

    @Test
    void anAgentWhoLeftWithoutExitDetailsReadsAsOnTheAgentScreen() {
        AgentDraft left = new AgentDraft("RULES-1", "Ann", "Lee", "ann.rules@example.com", LocalDate.of(2024, 1, 1),
                AgentStatus.LEFT, null, null, null, "FT40", null, "IST", true, List.of(), Set.of(), List.of(), List.of());
        assertThatThrownBy(() -> agents.create(left)).isInstanceOfSatisfying(InvalidDraftException.class,
                e -> assertThat(e.violations()).extracting(RuleViolation::property, RuleViolation::english)
                        .containsExactly(tuple("exitDate", EXIT_DATE), tuple("exitKind", EXIT_KIND)));
        assertThat(errors("RULES-1,Ann,Lee,ann.rules@example.com,2024-01-01,LEFT,FT40,IST\n")).containsExactly(
                "line 2, column exit_date: " + EXIT_DATE, "line 2, column exit_kind: " + EXIT_KIND);
    }

    @Test
    void anUnknownReferenceIsOneErrorOnItsColumn() {
        assertThat(errors("RULES-2,Bo,Ek,bo.rules@example.com,2024-01-01,ACTIVE,NOPE,IST\n"))
                .containsExactly("line 2, column contract: unknown contract 'NOPE'");
    }

    @Test
    void aMalformedEmailReadsAsOnTheAgentScreen() {
        assertThat(errors("RULES-3,Cy,Ek,\"not an email\",2024-01-01,ACTIVE,FT40,IST\n"))
                .containsExactly("line 2, column email: The email \"not an email\" is not an email address.");
    }
}
