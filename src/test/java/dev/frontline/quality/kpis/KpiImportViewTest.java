package dev.frontline.quality.kpis;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_DAILY_KPI;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;

import dev.frontline.imports.ImportChange;
import dev.frontline.imports.ImportKind;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** HR loads agents' KPIs on the import screen: the preview says which days are new and which replace stored ones. */
@FrontlineIntegrationTest
class KpiImportViewTest {

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
        KpiFixtures.removeAll(ctx);
        KaribuSession.close();
    }

    private Span summary() {
        return _get(Span.class, spec -> spec.withId("import-summary"));
    }

    private void upload(String file) {
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "kpis.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
    }

    @Test
    void hrPreviewsCommitsAndReplacesKpis() {
        String agent = KpiFixtures.agent(ctx, LocalDate.of(2025, 1, 6), null);
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate("imports");
        @SuppressWarnings("unchecked")
        Select<ImportKind> kind = _get(Select.class, spec -> spec.withId("import-kind"));
        kind.setValue(ImportKind.AGENT_KPIS);
        String file = AgentKpiImportTest.HEADER + agent + ",2025-03-03,41,312.5,82,1,74,4.4,5.9,3\n";
        upload(file);
        assertThat(summary().getText()).isEqualTo("1 rows: 1 new, 0 replace stored rows with other values, 0 already "
                + "stored as they are. Nothing is saved until you import.");
        _click(_get(Button.class, spec -> spec.withId("import-commit")));
        KaribuSession.awaitUi("KPI import committed", Duration.ofSeconds(60),
                () -> summary().getText().startsWith("Imported"));
        assertThat(ctx.fetchCount(AGENT_DAILY_KPI.join(AGENT).on(AGENT.ID.eq(AGENT_DAILY_KPI.AGENT_ID)),
                AGENT.EMPLOYEE_NUMBER.eq(agent))).isEqualTo(1);

        upload(file.replace(",82,1,", ",90,1,"));
        assertThat(summary().getText()).startsWith("1 rows: 0 new, 1 replace stored rows with other values");
        @SuppressWarnings("unchecked")
        Grid<ImportChange> changes = _get(Grid.class, spec -> spec.withId("import-changes"));
        assertThat(changes.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(c -> assertThat(c.details()).isEqualTo("qa_score: 82 → 90"));
    }
}
