package dev.frontline.workforce.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;
import dev.frontline.testing.FrontlineIntegrationTest;
import dev.frontline.testing.KaribuSession;
import dev.frontline.workforce.masterdata.AgentDraft;
import dev.frontline.workforce.masterdata.AgentMasterService;
import dev.frontline.workforce.masterdata.ContractDraft;
import dev.frontline.workforce.masterdata.ContractService;
import dev.frontline.workforce.masterdata.QueueDraft;
import dev.frontline.workforce.masterdata.QueueService;
import dev.frontline.workforce.masterdata.ShiftTemplateDraft;
import dev.frontline.workforce.masterdata.ShiftTemplateService;
import dev.frontline.workforce.masterdata.Stored;
import dev.frontline.workforce.masterdata.TeamDraft;
import dev.frontline.workforce.masterdata.TeamService;

/** One create / validate / edit flow per master-data screen, in Karibu over the demo centre. */
@FrontlineIntegrationTest
class MasterDataViewsTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    QueueService queues;
    @Autowired
    TeamService teams;
    @Autowired
    ContractService contracts;
    @Autowired
    ShiftTemplateService templates;
    @Autowired
    AgentMasterService agents;
    @Autowired
    AuditTrail audit;

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
    void queueGoalFieldsFollowTheChannel() {
        UI.getCurrent().navigate("queues");
        _click(button("queue-new"));
        text("queue-code", "MD_PT_EMAIL");
        text("queue-name", "Claims – Portuguese – email");
        _setValue(combo("queue-channel"), ChannelType.EMAIL);
        assertThat(_get(NumberField.class, spec -> spec.withId("queue-response-hours")).isVisible()).isTrue();
        assertThat(_find(NumberField.class, spec -> spec.withId("queue-sl-percent"))).isEmpty();
        assertThat(_find(IntegerField.class, spec -> spec.withId("queue-concurrency"))).isEmpty();
        text("queue-language", "pt");
        _setValue(combo("queue-time-zone"), "Europe/Lisbon");
        _setValue(combo("queue-country"), "PT");
        _click(button("queue-save"));
        assertThat(error("queue-error")).isNotEmpty();
        assertThat(_get(NumberField.class, spec -> spec.withId("queue-response-hours")).getErrorMessage())
                .contains("response goal");
        assertThat(queues.all()).noneMatch(q -> q.data().code().equals("MD_PT_EMAIL"));

        _setValue(_get(NumberField.class, spec -> spec.withId("queue-response-hours")), 12.0);
        _click(button("queue-save"));
        assertThat(error("queue-error")).isEmpty();
        Stored<QueueDraft> created = queue("MD_PT_EMAIL");
        assertThat(created.data().responseGoalHours()).isEqualTo(12.0);
        assertThat(created.data().skillCode()).isEqualTo("MD_PT_EMAIL");

        _setValue(combo("queue-channel"), ChannelType.CHAT);
        assertThat(_get(IntegerField.class, spec -> spec.withId("queue-concurrency")).isVisible()).isTrue();
        _setValue(_get(NumberField.class, spec -> spec.withId("queue-sl-percent")), 80.0);
        _setValue(_get(IntegerField.class, spec -> spec.withId("queue-sl-seconds")), 60);
        _click(button("queue-save"));
        assertThat(_get(IntegerField.class, spec -> spec.withId("queue-concurrency")).getErrorMessage()).isNotBlank();
        _setValue(_get(IntegerField.class, spec -> spec.withId("queue-concurrency")), 3);
        _click(button("queue-save"));
        assertThat(error("queue-error")).isEmpty();
        QueueDraft chat = queue("MD_PT_EMAIL").data();
        assertThat(chat.channel()).isEqualTo(ChannelType.CHAT);
        assertThat(chat.responseGoalHours()).isNull();
        assertThat(chat.chatConcurrency()).isEqualTo(3);
        _click(button("queue-delete"));
        assertThat(queues.all()).noneMatch(q -> q.data().code().equals("MD_PT_EMAIL"));
    }

    @Test
    void aTeamLeadIsChosenAmongTheTeamsMembers() {
        UI.getCurrent().navigate("teams");
        _click(button("team-new"));
        text("team-code", "md team");
        text("team-name", "Master-data team");
        _setValue(combo("team-site"), "WAW");
        _click(button("team-save"));
        assertThat(_get(TextField.class, spec -> spec.withId("team-code")).isInvalid()).isTrue();
        text("team-code", "MD-TEAM");
        _setValue(combo("team-office-day"), 3);
        _click(button("team-save"));
        assertThat(error("team-error")).isEmpty();
        assertThat(team("MD-TEAM").data().officeWeekday()).isEqualTo(3);
        assertThat(_get(ComboBox.class, spec -> spec.withId("team-lead")).isEnabled()).isTrue();

        UI.getCurrent().navigate("teams");
        @SuppressWarnings("unchecked")
        Grid<Stored<TeamDraft>> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        grid.select(grid.getGenericDataView().getItems().filter(t -> t.data().code().equals("WAW-2")).findFirst()
                .orElseThrow());
        @SuppressWarnings("unchecked")
        ComboBox<String> lead = _get(ComboBox.class, spec -> spec.withId("team-lead"));
        List<String> choices = lead.getGenericDataView().getItems().toList();
        assertThat(choices).contains(team("WAW-2").data().leadEmployeeNumber()).hasSizeGreaterThan(5);
        assertThat(choices).doesNotContain(team("WAW-1").data().leadEmployeeNumber());

        _click(button("team-delete"));
        assertThat(error("team-error")).contains("WAW-2").contains("agents");
    }

    @Test
    void contractRulesAreEnteredInHoursAndChecked() {
        UI.getCurrent().navigate("contracts");
        _click(button("contract-new"));
        text("contract-code", "MD-PT24");
        text("contract-name", "Part time 24 h hybrid");
        _setValue(_get(NumberField.class, spec -> spec.withId("contract-min-hours")), 30.0);
        _setValue(_get(NumberField.class, spec -> spec.withId("contract-max-hours")), 24.0);
        _click(button("contract-save"));
        assertThat(_get(NumberField.class, spec -> spec.withId("contract-min-hours")).isInvalid()).isTrue();
        assertThat(contracts.all()).noneMatch(c -> c.data().code().equals("MD-PT24"));

        _setValue(_get(NumberField.class, spec -> spec.withId("contract-min-hours")), 20.0);
        _setValue(_get(IntegerField.class, spec -> spec.withId("contract-office-days")), 2);
        _setValue(_get(IntegerField.class, spec -> spec.withId("contract-min-days")), 2);
        _click(button("contract-save"));
        assertThat(error("contract-error")).isEmpty();
        ContractDraft saved = contracts.all().stream().filter(c -> c.data().code().equals("MD-PT24")).findFirst()
                .orElseThrow().data();
        assertThat(saved.minMinutesPerWeek()).isEqualTo(1200);
        assertThat(saved.maxMinutesPerWeek()).isEqualTo(1440);
        assertThat(saved.minOfficeDaysPerWeek()).isEqualTo(2);
        assertThat(saved.minConsecutiveWorkingDays()).isEqualTo(2);

        _setValue(_get(NumberField.class, spec -> spec.withId("contract-rest-hours")), 12.0);
        _click(button("contract-save"));
        assertThat(audit.latest("contract", "MD-PT24").orElseThrow().details()).isEqualTo("Min rest between shifts (minutes): 660 → 720");
    }

    @Test
    void shiftTemplatePreviewAndForbiddenSuccessors() {
        ShiftTemplateDraft late = new ShiftTemplateDraft("MD-LATE", "Late", LocalTime.of(13, 0), LocalTime.of(14, 0), 30,
                List.of(480), 1, 15, 30, 60, 60, 60, Set.of());
        templates.create(late);
        UI.getCurrent().navigate("shift-templates");
        _click(button("shift-template-new"));
        text("shift-template-code", "MD-EARLY");
        text("shift-template-name", "Early");
        _setValue(_get(TimePicker.class, spec -> spec.withId("shift-template-earliest")), LocalTime.of(7, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("shift-template-latest")), LocalTime.of(9, 0));
        text("shift-template-lengths", "8, 17");
        _click(button("shift-template-save"));
        assertThat(_get(TextField.class, spec -> spec.withId("shift-template-lengths")).getErrorMessage()).contains("17");
        text("shift-template-lengths", "8, 9");
        assertThat(_get(Span.class, spec -> spec.withId("shift-template-preview")).getText())
                .isEqualTo("starts 07:00–09:00 every 15 min, 8 h or 9 h, 2×15 min breaks + 30 min lunch");
        @SuppressWarnings("unchecked")
        var successors = _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
                spec -> spec.withId("shift-template-successors"));
        successors.setValue(Set.of("MD-LATE"));
        _click(button("shift-template-save"));
        assertThat(error("shift-template-error")).isEmpty();
        ShiftTemplateDraft early = templates.all().stream().filter(t -> t.data().code().equals("MD-EARLY")).findFirst()
                .orElseThrow().data();
        assertThat(early.lengthsMinutes()).containsExactly(480, 540);
        assertThat(early.forbiddenSuccessors()).containsExactly("MD-LATE");
    }

    @Test
    void anAgentLeavesWithExitDetailsAndGetsAvailability() {
        UI.getCurrent().navigate("agents");
        _click(button("agent-new"));
        text("agent-number", "MD-0001");
        text("agent-first-name", "Marta");
        text("agent-last-name", "Silva");
        text("agent-email", "marta.silva.md@demo.frontline.dev");
        _setValue(combo("agent-contract"), "PT30");
        _setValue(combo("agent-site"), "WAW");
        _setValue(combo("agent-team"), "HOME-1");
        _setValue(combo("agent-skill"), "CARE_EN_CHAT");
        _setValue(_get(NumberField.class, spec -> spec.withId("agent-skill-proficiency")), 0.7);
        _click(button("agent-skills-add"));
        text("agent-languages", "en, PT");
        _setValue(combo("agent-slot-weekday"), DayOfWeek.MONDAY);
        _setValue(_get(TimePicker.class, spec -> spec.withId("agent-slot-from")), LocalTime.of(9, 0));
        _setValue(_get(TimePicker.class, spec -> spec.withId("agent-slot-to")), LocalTime.of(15, 0));
        _click(button("agent-weekly-add"));
        _setValue(_get(DatePicker.class, spec -> spec.withId("agent-exception-date")), LocalDate.of(2026, 12, 24));
        _click(button("agent-exceptions-add"));
        _click(button("agent-save"));
        assertThat(error("agent-error")).isEmpty();
        AgentDraft created = agent("MD-0001").data();
        assertThat(created.languages()).containsExactly("en", "pt");
        assertThat(created.skills()).extracting(AgentDraft.SkillLevel::skillCode).containsExactly("CARE_EN_CHAT");
        assertThat(created.weeklyAvailability()).hasSize(1);
        assertThat(created.availabilityExceptions()).singleElement()
                .satisfies(e -> assertThat(e.available()).isFalse());

        _setValue(combo("agent-status"), AgentStatus.LEFT);
        assertThat(_get(ComboBox.class, spec -> spec.withId("agent-exit-kind")).isVisible()).isTrue();
        _click(button("agent-save"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("agent-exit-kind")).isInvalid()).isTrue();
        assertThat(agent("MD-0001").data().status()).isEqualTo(AgentStatus.ACTIVE);
        _setValue(combo("agent-exit-kind"), ExitKind.VOLUNTARY);
        // a voluntary exit offers the voluntary categories, each named in the planner's language and stored as its code
        ComboBox<String> reason = combo("agent-exit-reason");
        assertThat(reason.getListDataView().getItems().toList()).contains("STUDY", "BETTER_PAY").doesNotContain("CONDUCT");
        assertThat(reason.getItemLabelGenerator().apply("STUDY")).isEqualTo("Study");
        _setValue(reason, "STUDY");
        _click(button("agent-save"));
        assertThat(error("agent-error")).isEmpty();
        AgentDraft left = agent("MD-0001").data();
        assertThat(left.status()).isEqualTo(AgentStatus.LEFT);
        assertThat(left.exitReason()).isEqualTo("STUDY");
        assertThat(audit.latest("agent", "MD-0001").orElseThrow().details()).contains("Status: Active → Left")
                .contains("Exit reason: – → Study");

        // a reason HR types in their own words is kept as typed
        com.github.mvysny.kaributesting.v10.ComboBoxKt._fireCustomValueSet(reason, "Moved to Kraków");
        _click(button("agent-save"));
        assertThat(error("agent-error")).isEmpty();
        assertThat(agent("MD-0001").data().exitReason()).isEqualTo("Moved to Kraków");
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("tr-TR"));
        assertThat(reason.getItemLabelGenerator().apply("STUDY")).isEqualTo("Eğitime devam");
        UI.getCurrent().setLocale(java.util.Locale.UK);

        _setValue(combo("agent-filter-status"), AgentStatus.LEFT);
        _setValue(_get(TextField.class, spec -> spec.withId("agent-search")), "silva");
        @SuppressWarnings("unchecked")
        Grid<Stored<AgentDraft>> grid = _get(Grid.class, spec -> spec.withId("agent-grid"));
        assertThat(grid.getGenericDataView().getItems().map(a -> a.data().employeeNumber())).containsExactly("MD-0001");
        assertThat(_get(Checkbox.class, spec -> spec.withId("agent-office-eligible")).getValue()).isTrue();
    }

    @Test
    void theAuditTrailShowsChangesNewestFirstAndFilters() {
        Stored<TeamDraft> team = teams.create(new TeamDraft("MD-AUDIT", "Audit team", "IST", null, null));
        teams.update(team.id(), team.version(), new TeamDraft("MD-AUDIT", "Audit team renamed", "IST", null, 2));
        UI.getCurrent().navigate("audit");
        text("audit-text", "MD-AUDIT");
        @SuppressWarnings("unchecked")
        Grid<AuditTrail.AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        List<AuditTrail.AuditEntry> rows = grid.getGenericDataView().getItems().toList();
        assertThat(rows).extracting(e -> e.action().getLiteral()).containsExactly("UPDATE", "CREATE");
        assertThat(rows.get(0).details()).isEqualTo("Name: Audit team → Audit team renamed; Office day: – → Tuesday");
        assertThat(rows.get(0).actor()).isEqualTo("planner");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0))
                .contains("Name: Audit team → Audit team renamed; Office day: – → Tuesday");
        _setValue(combo("audit-type"), "site");
        assertThat(grid.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    void aMasterDataChangeReadsInTheReadersLanguageInTheAuditTrail() {
        Stored<TeamDraft> team = teams.create(new TeamDraft("MD-PL-AUDIT", "Zespół audytu", "WAW", null, null));
        teams.update(team.id(), team.version(), new TeamDraft("MD-PL-AUDIT", "Zespół audytu", "WAW", null, 3));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("pl-PL"));
        UI.getCurrent().navigate("audit");
        text("audit-text", "MD-PL-AUDIT");
        @SuppressWarnings("unchecked")
        Grid<AuditTrail.AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0))
                .contains("Dzień w biurze: – → środa").doesNotContain("officeWeekday");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 1))
                .contains("Kod: MD-PL-AUDIT; Nazwa: Zespół audytu; Lokalizacja: WAW");
    }

    @Test
    void theAuditTextFilterFindsAChangeByTheWordsItsReaderSees() {
        Stored<TeamDraft> team = teams.create(new TeamDraft("MD-TR-FIND", "Arama ekibi", "IST", null, null));
        teams.update(team.id(), team.version(), new TeamDraft("MD-TR-FIND", "Arama ekibi yeni", "IST", null, null));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("tr-TR"));
        UI.getCurrent().navigate("audit");
        @SuppressWarnings("unchecked")
        Grid<AuditTrail.AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        text("audit-text", "Ad: Arama ekibi → Arama ekibi yeni");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("MD-TR-FIND", "Ad: Arama ekibi → Arama ekibi yeni");
        text("audit-text", "Name: Arama ekibi → Arama ekibi yeni");
        assertThat(GridKt._size(grid)).as("the English reading still finds it").isEqualTo(1);
        text("audit-text", "Nazwa: Arama ekibi → Arama ekibi yeni");
        assertThat(GridKt._size(grid)).as("and the Polish one").isEqualTo(1);
        text("audit-text", "Ad: Arama ekibi → başka");
        assertThat(GridKt._size(grid)).isZero();
    }

    @Test
    void anAuditEventWrittenAsAPhraseReadsInTheUsersLanguageAndDateFormat() {
        audit.record("office_day_booking", "MD-PHRASE/2026-12-07", dev.frontline.db.enums.AuditAction.CREATE,
                Phrase.of("audit.office-day.booked", LocalDate.of(2026, 12, 7), "Warszawa"));
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("pl-PL"));
        UI.getCurrent().navigate("audit");
        text("audit-text", "MD-PHRASE");
        @SuppressWarnings("unchecked")
        Grid<AuditTrail.AuditEntry> grid = _get(Grid.class, spec -> spec.withId("audit-grid"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(grid, 0))
                .contains("dzień w biurze 7 gru 2026, Warszawa");
    }

    private Stored<QueueDraft> queue(String code) {
        return queues.all().stream().filter(q -> q.data().code().equals(code)).findFirst().orElseThrow();
    }

    private Stored<TeamDraft> team(String code) {
        return teams.all().stream().filter(t -> t.data().code().equals(code)).findFirst().orElseThrow();
    }

    private Stored<AgentDraft> agent(String number) {
        return agents.all().stream().filter(a -> a.data().employeeNumber().equals(number)).findFirst().orElseThrow();
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    private static void text(String id, String value) {
        _setValue(_get(TextField.class, spec -> spec.withId(id)), value);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }

    private static String error(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }
}
