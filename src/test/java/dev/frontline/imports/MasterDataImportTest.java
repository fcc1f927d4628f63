package dev.frontline.imports;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE;
import static dev.frontline.imports.ImportFixtures.auditEvents;
import static dev.frontline.imports.ImportFixtures.csv;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import dev.frontline.imports.csv.ImportError;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.testing.FrontlineIntegrationTest;

/** Contracts, shift templates and agents: build from CSV, upsert on natural keys, refuse bad files whole, round trip. */
@FrontlineIntegrationTest
@WithUserDetails("planner")
class MasterDataImportTest {

    @Autowired
    ImportService imports;
    @Autowired
    DSLContext ctx;

    private final String tag = Long.toString(System.nanoTime() % 100_000);

    private ImportResult run(ImportKind kind, String file, boolean commit) {
        return imports.importFile(kind, csv(file), file.length(), null, commit, Progress.NONE, Cancellation.NONE);
    }

    private int counts() {
        return ctx.fetchCount(AGENT) + ctx.fetchCount(AGENT_SKILL) + ctx.fetchCount(CONTRACT) + ctx.fetchCount(SHIFT_TEMPLATE)
                + auditEvents(ctx);
    }

    @Test
    void aCentreIsBuiltFromCsvAndReimportingChangesNothing() {
        String contract = "C" + tag;
        String contracts = "code,name,min_minutes_per_week,max_minutes_per_week,min_rest_minutes\n"
                + contract + ",Import test,1200,2400,660\n";
        String template = "T" + tag;
        String templates = "code,name,earliest_start,latest_start,start_step_minutes,lengths_minutes,break_count\n"
                + template + ",Early,06:00,09:00,15,480;540,2\n";
        String agents = "employee_number,first_name,last_name,email,hire_date,status,contract,team,home_site,office_eligible,skills,languages\n"
                + "IMP" + tag + "-1,Ayşe,Yılmaz,ayse." + tag + "@example.com,2024-01-15,ACTIVE," + contract
                + ",,IST,true,BILLING_TR_VOICE:0.9;TECH_TR_CHAT:0.6,tr;en\n"
                + "IMP" + tag + "-2,Jan,Kowalski,jan." + tag + "@example.com,2023-05-02,,"
                + contract + ",,WAW,false,,pl\n";
        int events = auditEvents(ctx);
        assertThat(run(ImportKind.CONTRACTS, contracts, true).created()).isEqualTo(1);
        assertThat(run(ImportKind.SHIFT_TEMPLATES, templates, true).created()).isEqualTo(1);
        ImportResult agentResult = run(ImportKind.AGENTS, agents, true);
        assertThat(agentResult.errors()).isEmpty();
        assertThat(agentResult.created()).isEqualTo(2);
        assertThat(auditEvents(ctx)).isEqualTo(events + 4);
        assertThat(ctx.fetchCount(AGENT_SKILL.join(AGENT).on(AGENT.ID.eq(AGENT_SKILL.AGENT_ID)),
                AGENT.EMPLOYEE_NUMBER.eq("IMP" + tag + "-1"))).isEqualTo(2);

        int before = counts();
        for (var kindAndFile : new Object[][] {{ImportKind.CONTRACTS, contracts}, {ImportKind.SHIFT_TEMPLATES, templates},
                {ImportKind.AGENTS, agents}}) {
            ImportResult again = run((ImportKind) kindAndFile[0], (String) kindAndFile[1], true);
            assertThat(again.created() + again.changed()).as(kindAndFile[0].toString()).isZero();
        }
        assertThat(counts()).isEqualTo(before);

        int eventsBeforeChange = auditEvents(ctx);
        ImportResult changed = run(ImportKind.AGENTS, agents.replace("BILLING_TR_VOICE:0.9", "BILLING_TR_VOICE:0.95"), true);
        assertThat(changed.changed()).isEqualTo(1);
        assertThat(changed.changes()).singleElement().satisfies(c -> assertThat(c.details())
                .isEqualTo("skills: {BILLING_TR_VOICE=0.90, TECH_TR_CHAT=0.60} → {BILLING_TR_VOICE=0.95, TECH_TR_CHAT=0.60}"));
        assertThat(auditEvents(ctx)).isEqualTo(eventsBeforeChange + 1);
    }

    @Test
    void exportThenImportChangesNothing() {
        for (ImportKind kind : new ImportKind[] {ImportKind.CONTRACTS, ImportKind.SHIFT_TEMPLATES, ImportKind.AGENTS}) {
            StringWriter out = new StringWriter();
            imports.exportMasterData(kind, out);
            int before = counts();
            ImportResult again = run(kind, out.toString(), true);
            assertThat(again.errors()).as(kind.toString()).isEmpty();
            assertThat(again.created() + again.changed()).as(kind.toString()).isZero();
            assertThat(again.unchanged()).isEqualTo(again.rows());
            assertThat(counts()).isEqualTo(before);
        }
    }

    @Test
    void badFilesAreRefusedWholeWithTheirReasons() {
        String header = "employee_number,first_name,last_name,email,hire_date,contract,home_site,skills\n";
        String good = "IMPB" + tag + ",Ann,Lee,ann." + tag + "@example.com,2024-01-01,FT40,IST,BILLING_TR_VOICE:0.8\n";
        assertRefused(ImportKind.AGENTS, header + good + "IMPC" + tag + ",Bo,Ek,bo." + tag
                + "@example.com,2024-01-01,FT40,IST,NO_SUCH_SKILL:0.5\n", "line 3, column skills: unknown skill 'NO_SUCH_SKILL'");
        assertRefused(ImportKind.AGENTS, header + good + "IMPC" + tag + ",Bo,Ek,bo." + tag
                + "@example.com,2024-13-01,NOPE,IST,\n", "line 3, column hire_date: '2024-13-01' is not an ISO date");
        assertRefused(ImportKind.AGENTS, header + good + "IMPC" + tag + ",Bo,Ek,bo." + tag
                + "@example.com,2024-01-01,NOPE,IST,\n", "line 3, column contract: unknown contract 'NOPE'");
        assertRefused(ImportKind.AGENTS, header + good + good.replace("ann.", "ann2."),
                "line 3, column employee_number: 'IMPB" + tag + "' appears again; line 2 has it already");
        assertRefused(ImportKind.AGENTS, "employee_number,first_name,email,hire_date,contract,home_site\n",
                "line 1, column last_name: missing column");
        assertRefused(ImportKind.CONTRACTS, "code,name,min_minutes_per_week,max_minutes_per_week\nX" + tag + ",A,abc,-1\n",
                "line 2, column min_minutes_per_week: 'abc' is not a whole number");
        assertRefused(ImportKind.CONTRACTS, "code,name,min_minutes_per_week,max_minutes_per_week\nX" + tag + ",A,10,-1\n",
                "line 2, column max_minutes_per_week: -1 is negative");
        assertRefused(ImportKind.SHIFT_TEMPLATES, "code,name,earliest_start,latest_start,start_step_minutes,lengths_minutes\n"
                + "Y" + tag + ",Late,14:00,12:00,20,480;x\n", "line 2, column start_step_minutes: 20 is not allowed");
    }

    @Test
    @WithUserDetails("agent.ist")
    void anAgentCannotImport() {
        assertThatThrownBy(() -> run(ImportKind.CONTRACTS, "code,name,min_minutes_per_week,max_minutes_per_week\n", true))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(ImportKind kind, String file, String expected) {
        int before = counts();
        ImportResult result = run(kind, file, true);
        assertThat(result.committed()).isFalse();
        assertThat(result.errors()).extracting(ImportError::describe).as(file)
                .anySatisfy(message -> assertThat(message).startsWith(expected));
        assertThat(counts()).isEqualTo(before);
    }
}
