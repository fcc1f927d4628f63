package dev.frontline.imports.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import static dev.frontline.db.Tables.INTERVAL_HISTORY;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.SKILL;

import java.time.Duration;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;

import dev.frontline.db.enums.ChannelType;
import dev.frontline.imports.ImportCharset;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.security.ui.ApiTokensView;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;

/** The import and API-token views through Karibu-Testing: upload, preview, refuse or commit; roles. */
@FrontlineIntegrationTest
class ImportViewTest {

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

    private String queue() {
        String code = "IMPUI_" + System.nanoTime() % 1_000_000_000L;
        long skill = ctx.select(SKILL.ID).from(SKILL).orderBy(SKILL.ID).limit(1).fetchSingle(SKILL.ID);
        ctx.insertInto(QUEUE).set(QUEUE.CODE, code).set(QUEUE.NAME, "UI test").set(QUEUE.CHANNEL, ChannelType.VOICE)
                .set(QUEUE.LANGUAGE, "en").set(QUEUE.SKILL_ID, skill).set(QUEUE.TIME_ZONE, "Europe/London")
                .set(QUEUE.COUNTRY_CODE, "GB").set(QUEUE.SL_TARGET_PERCENT, new BigDecimal("80"))
                .set(QUEUE.SL_THRESHOLD_SECONDS, 20).execute();
        return code;
    }

    private int rows(String queue) {
        return ctx.fetchCount(INTERVAL_HISTORY.join(QUEUE).on(QUEUE.ID.eq(INTERVAL_HISTORY.QUEUE_ID)), QUEUE.CODE.eq(queue));
    }

    @Test
    void aPlannerPreviewsAndCommitsAHistoryFile() {
        String queue = queue();
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("imports");
        _get(Button.class, spec -> spec.withId("import-preview"));
        assertThat(_get(Button.class, spec -> spec.withId("import-preview")).isEnabled()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<String> queueBox = _get(ComboBox.class, spec -> spec.withId("import-queue"));
        _setValue(queueBox, queue);
        String file = "interval_start,offered,handled,abandoned,aht_seconds\n2025-03-10T09:00,5,5,0,200\n2025-03-10T09:15,6,5,1,210\n";
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "history.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        KaribuSession.awaitUi("background import finished", Duration.ofSeconds(60), () -> _get(Span.class, spec -> spec.withId("import-summary")).getText().contains("2 new"));
        assertThat(rows(queue)).isZero();
        @SuppressWarnings("unchecked")
        Grid<Object> changes = _get(Grid.class, spec -> spec.withId("import-changes"));
        assertThat(changes.getGenericDataView().getItems().count()).isEqualTo(2);

        Button commit = _get(Button.class, spec -> spec.withId("import-commit"));
        assertThat(commit.isEnabled()).isTrue();
        _click(commit);
        KaribuSession.awaitUi("background import finished", Duration.ofSeconds(60), () -> _get(Span.class, spec -> spec.withId("import-summary")).getText().startsWith("Imported"));
        assertThat(rows(queue)).isEqualTo(2);
        assertThat(commit.isEnabled()).isFalse();
    }

    @Test
    void aBadFileShowsItsErrorsAndCannotBeCommitted() {
        String queue = queue();
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("imports");
        @SuppressWarnings("unchecked")
        ComboBox<String> queueBox = _get(ComboBox.class, spec -> spec.withId("import-queue"));
        _setValue(queueBox, queue);
        String file = "interval_start,offered,handled,abandoned,aht_seconds\n2025-03-10T09:00,five,5,0,200\n";
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "bad.csv", "text/csv",
                file.getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        KaribuSession.awaitUi("background import finished", Duration.ofSeconds(60), () -> _get(Span.class, spec -> spec.withId("import-summary")).getText().startsWith("Refused"));
        @SuppressWarnings("unchecked")
        Grid<ImportError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(errors.getGenericDataView().getItems().toList())
                .extracting(ImportError::line, ImportError::column, ImportError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "offered", "'five' is not a whole number"));
        assertThat(_get(Button.class, spec -> spec.withId("import-commit")).isEnabled()).isFalse();
        assertThat(rows(queue)).isZero();
    }

    @Test
    void aWindows1254FileIsRefusedAsUtf8AndImportedWithItsCharsetChosen() {
        String queue = queue();
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("imports");
        @SuppressWarnings("unchecked")
        Select<ImportCharset> charset = _get(Select.class, spec -> spec.withId("import-charset"));
        assertThat(charset.getValue()).isEqualTo(ImportCharset.UTF_8);
        assertThat(charset.getListDataView().getItems().toList()).containsExactly(ImportCharset.UTF_8,
                ImportCharset.WINDOWS_1254, ImportCharset.WINDOWS_1250, ImportCharset.ISO_8859_9, ImportCharset.ISO_8859_2);
        @SuppressWarnings("unchecked")
        ComboBox<String> queueBox = _get(ComboBox.class, spec -> spec.withId("import-queue"));
        _setValue(queueBox, queue);
        // a history file whose first data line carries a Turkish note in the time column, as an old ACD writes it
        byte[] file = ("interval_start,offered,handled,abandoned,aht_seconds\n2025-03-10T09:00,5,5,0,200\n"
                + "2025-03-10T09:15 Öğle,6,5,1,210\n").getBytes(java.nio.charset.Charset.forName("windows-1254"));
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), "acd.csv", "text/csv", file);
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        @SuppressWarnings("unchecked")
        Grid<ImportError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(errors.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.message()).startsWith("the file is not valid UTF-8");
                });

        _setValue(charset, ImportCharset.WINDOWS_1254);
        _click(_get(Button.class, spec -> spec.withId("import-preview")));
        assertThat(errors.getGenericDataView().getItems().toList()).singleElement()
                .satisfies(e -> assertThat(e.message()).isEqualTo("'2025-03-10T09:15 Öğle' is not an ISO date-time "
                        + "(yyyy-mm-ddThh:mm, optionally with an offset)"));
        assertThat(rows(queue)).isZero();
    }

    @Test
    void hrImportsOnlyAgentsKpisAndTrainingResultsAndExportsNothing() {
        KaribuSession.signIn(users, "hr.lead");
        UI.getCurrent().navigate("imports");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(ImportView.class);
        @SuppressWarnings("unchecked")
        Select<dev.frontline.imports.ImportKind> kind = _get(Select.class, spec -> spec.withId("import-kind"));
        assertThat(kind.getListDataView().getItems().toList())
                .containsExactlyInAnyOrder(dev.frontline.imports.ImportKind.AGENT_KPIS,
                        dev.frontline.imports.ImportKind.TRAINING_COMPLETIONS);
        assertThat(kind.getListDataView().getItems().toList()).contains(kind.getValue());
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("export-agents"))).isEmpty();
    }

    @Test
    void agentsCannotOpenTheImportViewAndNeitherAgentsNorHrTheTokenView() {
        for (String user : List.of("agent.ist", "hr.lead")) {
            KaribuSession.signIn(users, user);
            for (String route : user.equals("hr.lead") ? List.of("api-tokens") : List.of("imports", "api-tokens")) {
                try {
                    UI.getCurrent().navigate(route);
                } catch (RuntimeException | MockAccessDeniedException refused) {
                    // Karibu surfaces the access-denied error view as an exception; either way nothing is shown
                }
                assertThat(UI.getCurrent().getCurrentView()).as(user + " " + route)
                        .isNotInstanceOfAny(ImportView.class, ApiTokensView.class);
                if (route.equals("imports")) {
                    assertThat(_find(Upload.class)).isEmpty();
                }
            }
        }
    }

    @Test
    void aPlannerCreatesATokenSeesItOnceAndRevokesIt() {
        KaribuSession.signIn(users, "planner");
        UI.getCurrent().navigate("api-tokens");
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "karibu " + System.nanoTime());
        _click(_get(Button.class, spec -> spec.withId("token-create")));
        TextField secret = _get(TextField.class, spec -> spec.withId("token-secret"));
        assertThat(secret.getValue()).startsWith("flt_");
        String prefix = secret.getValue().substring(4, 12);
        @SuppressWarnings("unchecked")
        Grid<dev.frontline.security.ApiTokenService.TokenInfo> grid = _get(Grid.class, spec -> spec.withId("token-grid"));
        List<dev.frontline.security.ApiTokenService.TokenInfo> rows = grid.getGenericDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(t -> t.prefix().equals(prefix)).findFirst().orElseThrow());
        Button revoke = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "revoke");
        assertThat(revoke.getId()).hasValue("token-revoke-" + rows.get(row).id());
        _click(revoke);
        assertThat(grid.getGenericDataView().getItems().filter(t -> t.prefix().equals(prefix)).findFirst().orElseThrow()
                .revokedAt()).isNotNull();
    }
}
