package dev.frontline.workforce.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.security.Roles;
import dev.frontline.workforce.ExitReasonNames;
import dev.frontline.workforce.masterdata.AgentDraft;
import dev.frontline.workforce.masterdata.AgentDraft.AvailabilityException;
import dev.frontline.workforce.masterdata.AgentDraft.SkillLevel;
import dev.frontline.workforce.masterdata.AgentDraft.WeeklySlot;
import dev.frontline.workforce.masterdata.AgentMasterService;
import dev.frontline.workforce.masterdata.ContractService;
import dev.frontline.workforce.masterdata.QueueService;
import dev.frontline.workforce.masterdata.SiteService;
import dev.frontline.workforce.masterdata.SkillRow;
import dev.frontline.workforce.masterdata.Stored;
import dev.frontline.workforce.masterdata.TeamService;

/**
 * Agents: employment (contract, team, home site, hire and exit), skills with proficiency, languages, office
 * eligibility, and availability (weekly pattern and dated exceptions). Agents are not deleted: they leave.
 */
@Route("agents")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.agents", order = 13, icon = "vaadin:user-card")
public class AgentsView extends MasterDataView<AgentDraft> {

    private final Clock clock;
    private final ComboBox<String> teamFilter = new ComboBox<>();
    private final ComboBox<String> siteFilter = new ComboBox<>();
    private final ComboBox<AgentStatus> statusFilter = new ComboBox<>();
    private final ComboBox<String> skillFilter = new ComboBox<>();
    private final ComboBox<AgentStatus> status = new ComboBox<>();
    private final DatePicker exitDate = new DatePicker();
    private final ComboBox<ExitKind> exitKind = new ComboBox<>();
    private final ComboBox<String> exitReason = new ComboBox<>();

    public AgentsView(AgentMasterService agents, ContractService contracts, TeamService teams, SiteService sites,
            QueueService queues, Clock clock) {
        super(AgentDraft.class, agents, "agent", "agents.title");
        this.clock = clock;
        List<String> teamCodes = teams.all().stream().map(t -> t.data().code()).toList();
        List<String> siteCodes = sites.all().stream().map(s -> s.data().code()).toList();
        List<String> skillCodes = queues.skills().stream().map(SkillRow::code).toList();

        grid.addColumn(r -> r.data().employeeNumber()).setHeader(getTranslation("agents.col.number")).setSortable(true);
        grid.addColumn(r -> r.data().firstName() + " " + r.data().lastName()).setHeader(getTranslation("agents.col.name"))
                .setSortable(true);
        grid.addColumn(r -> r.data().teamCode()).setHeader(getTranslation("agents.col.team")).setSortable(true);
        grid.addColumn(r -> r.data().homeSiteCode()).setHeader(getTranslation("agents.col.site")).setSortable(true);
        grid.addColumn(r -> r.data().contractCode()).setHeader(getTranslation("agents.col.contract")).setSortable(true);
        grid.addColumn(r -> getTranslation("agent.status." + r.data().status().getLiteral()))
                .setHeader(getTranslation("agents.col.status")).setSortable(true);

        filter(teamFilter, "agent-filter-team", "agents.filter.team", teamCodes);
        filter(siteFilter, "agent-filter-site", "agents.filter.site", siteCodes);
        statusFilter.setItemLabelGenerator(s -> getTranslation("agent.status." + s.getLiteral()));
        filter(statusFilter, "agent-filter-status", "agents.filter.status", List.of(AgentStatus.values()));
        filter(skillFilter, "agent-filter-skill", "agents.filter.skill", skillCodes);

        // the rules and their messages come from the constraints on AgentDraft (BeanValidationBinder); whether an
        // agent who left gave the exit details is a rule across fields, shown at the field when the service refuses
        TextField number = Fields.text("agent-number", getTranslation("agents.field.number"));
        binder.forField(number).bind("employeeNumber");
        TextField first = Fields.text("agent-first-name", getTranslation("agents.field.first-name"));
        binder.forField(first).bind("firstName");
        TextField last = Fields.text("agent-last-name", getTranslation("agents.field.last-name"));
        binder.forField(last).bind("lastName");
        TextField email = Fields.text("agent-email", getTranslation("agents.field.email"));
        binder.forField(email).bind("email");
        DatePicker hired = new DatePicker(getTranslation("agents.field.hire-date"));
        hired.setId("agent-hire-date");
        binder.forField(hired).bind("hireDate");
        ComboBox<String> contract = combo("agent-contract", "agents.field.contract",
                contracts.all().stream().map(c -> c.data().code()).toList());
        binder.forField(contract).bind("contractCode");
        ComboBox<String> team = combo("agent-team", "agents.field.team", teamCodes);
        team.setClearButtonVisible(true);
        binder.forField(team).bind("teamCode");
        ComboBox<String> site = combo("agent-site", "agents.field.site", siteCodes);
        binder.forField(site).bind("homeSiteCode");
        Checkbox office = new Checkbox(getTranslation("agents.field.office-eligible"));
        office.setId("agent-office-eligible");
        binder.forField(office).bind("officeEligible");

        status.setId("agent-status");
        status.setLabel(getTranslation("agents.field.status"));
        status.setItems(AgentStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("agent.status." + s.getLiteral()));
        binder.forField(status).bind("status");
        exitDate.setId("agent-exit-date");
        exitDate.setLabel(getTranslation("agents.field.exit-date"));
        binder.forField(exitDate).bind("exitDate");
        exitKind.setId("agent-exit-kind");
        exitKind.setLabel(getTranslation("agents.field.exit-kind"));
        exitKind.setItems(ExitKind.values());
        exitKind.setItemLabelGenerator(k -> getTranslation("agent.exit." + k.getLiteral()));
        binder.forField(exitKind).bind("exitKind");
        // a category is stored as its code and read in the reader's language; a reason HR types stays as typed
        exitReason.setId("agent-exit-reason");
        exitReason.setLabel(getTranslation("agents.field.exit-reason"));
        exitReason.setHelperText(getTranslation("agents.field.exit-reason.help"));
        exitReason.setItems(ExitReasonNames.categories(null));
        exitReason.setItemLabelGenerator(reason -> ExitReasonNames.display(reason, getLocale()));
        exitReason.setAllowCustomValue(true);
        exitReason.setClearButtonVisible(true);
        exitReason.addCustomValueSetListener(e -> exitReason.setValue(e.getDetail().isBlank() ? null : e.getDetail().strip()));
        exitReason.getListDataView().setFilter(reason -> ExitReasonNames.categories(exitKind.getValue()).contains(reason));
        exitKind.addValueChangeListener(e -> exitReason.getListDataView().refreshAll());
        binder.forField(exitReason).bind("exitReason");
        status.addValueChangeListener(e -> showExit());

        ComboBox<String> skill = combo("agent-skill", "agents.skill", skillCodes);
        NumberField proficiency = Fields.number("agent-skill-proficiency", getTranslation("agents.skill.proficiency"));
        proficiency.setMin(0.01);
        proficiency.setMax(1);
        proficiency.setStep(0.05);
        ListField<SkillLevel> skills = new ListField<>("agent-skills", getTranslation("agents.field.skills"), () -> {
            Double p = proficiency.getValue();
            if (skill.getValue() == null || p == null || p <= 0 || p > 1) {
                throw new IllegalArgumentException(getTranslation("agents.skill.invalid"));
            }
            SkillLevel level = new SkillLevel(skill.getValue(), Math.round(p * 100) / 100.0);
            skill.clear();
            proficiency.clear();
            return level;
        }, skill, proficiency);
        skills.grid().addColumn(SkillLevel::skillCode).setHeader(getTranslation("agents.skill"));
        skills.grid().addColumn(SkillLevel::proficiency).setHeader(getTranslation("agents.skill.proficiency"));
        binder.forField(skills).bind("skills");
        TextField languages = Fields.text("agent-languages", getTranslation("agents.field.languages"));
        languages.setHelperText(getTranslation("agents.field.languages.help"));
        binder.forField(languages).withConverter(Converter.from(this::parseLanguages,
                (Set<String> set) -> set == null ? "" : String.join(", ", set))).bind("languages");

        ComboBox<DayOfWeek> weekday = new ComboBox<>(getTranslation("agents.availability.weekday"));
        weekday.setId("agent-slot-weekday");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(this::dayName);
        TimePicker slotFrom = Fields.time("agent-slot-from", getTranslation("agents.availability.from"));
        TimePicker slotTo = Fields.time("agent-slot-to", getTranslation("agents.availability.to"));
        ListField<WeeklySlot> weekly = new ListField<>("agent-weekly", getTranslation("agents.field.weekly"), () -> {
            if (weekday.getValue() == null || slotFrom.getValue() == null || slotTo.getValue() == null
                    || !slotFrom.getValue().isBefore(slotTo.getValue())) {
                throw new IllegalArgumentException(getTranslation("agents.availability.invalid"));
            }
            WeeklySlot slot = new WeeklySlot(weekday.getValue(), slotFrom.getValue(), slotTo.getValue());
            slotFrom.clear();
            slotTo.clear();
            return slot;
        }, weekday, slotFrom, slotTo);
        weekly.grid().addColumn(s -> dayName(s.weekday())).setHeader(getTranslation("agents.availability.weekday"));
        weekly.grid().addColumn(s -> s.from() + "–" + s.to()).setHeader(getTranslation("agents.availability.window"));
        weekly.setHelperText(getTranslation("agents.field.weekly.help"));
        binder.forField(weekly).bind("weeklyAvailability");

        DatePicker exceptionDate = new DatePicker(getTranslation("agents.exception.date"));
        exceptionDate.setId("agent-exception-date");
        Checkbox exceptionAvailable = new Checkbox(getTranslation("agents.exception.available"));
        exceptionAvailable.setId("agent-exception-available");
        TimePicker exceptionFrom = Fields.time("agent-exception-from", getTranslation("agents.availability.from"));
        TimePicker exceptionTo = Fields.time("agent-exception-to", getTranslation("agents.availability.to"));
        TextField exceptionReason = Fields.text("agent-exception-reason", getTranslation("agents.exception.reason"));
        ListField<AvailabilityException> exceptions = new ListField<>("agent-exceptions",
                getTranslation("agents.field.exceptions"), () -> {
                    boolean available = exceptionAvailable.getValue();
                    LocalTime from = available ? exceptionFrom.getValue() : null;
                    LocalTime to = available ? exceptionTo.getValue() : null;
                    if (exceptionDate.getValue() == null
                            || available && (from == null || to == null || !from.isBefore(to))) {
                        throw new IllegalArgumentException(getTranslation("agents.exception.invalid"));
                    }
                    AvailabilityException exception = new AvailabilityException(exceptionDate.getValue(), available,
                            from, to, exceptionReason.getValue().isBlank() ? null : exceptionReason.getValue().trim());
                    exceptionDate.clear();
                    exceptionReason.clear();
                    return exception;
                }, exceptionDate, exceptionAvailable, exceptionFrom, exceptionTo, exceptionReason);
        exceptions.grid().addColumn(AvailabilityException::date).setHeader(getTranslation("agents.exception.date"));
        exceptions.grid().addColumn(e -> e.available() ? e.from() + "–" + e.to() : getTranslation("agents.exception.off"))
                .setHeader(getTranslation("agents.availability.window"));
        exceptions.grid().addColumn(AvailabilityException::reason).setHeader(getTranslation("agents.exception.reason"));
        binder.forField(exceptions).bind("availabilityExceptions");

        form.add(number, first, last, email, hired, contract, team, site, status, office, exitDate, exitKind);
        form.add(exitReason, 2);
        FormLayout skillForm = new FormLayout(languages);
        skillForm.add(skills, 2);
        Details skillSection = new Details(getTranslation("agents.section.skills"), skillForm);
        skillSection.setId("agent-section-skills");
        skillSection.setOpened(true);
        FormLayout availabilityForm = new FormLayout();
        availabilityForm.add(weekly, 2);
        availabilityForm.add(exceptions, 2);
        Details availabilitySection = new Details(getTranslation("agents.section.availability"), availabilityForm);
        availabilitySection.setId("agent-section-availability");
        form.add(skillSection, 2);
        form.add(availabilitySection, 2);
        init();
    }

    private <T> void filter(ComboBox<T> box, String id, String labelKey, List<T> items) {
        box.setId(id);
        box.setPlaceholder(getTranslation(labelKey));
        box.setItems(items);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> applyFilter());
        filters.add(box);
    }

    private ComboBox<String> combo(String id, String labelKey, List<String> items) {
        ComboBox<String> box = new ComboBox<>(getTranslation(labelKey));
        box.setId(id);
        box.setItems(items);
        return box;
    }

    /** Languages as typed, in lower case; which codes are languages is the record's rule. */
    private Result<Set<String>> parseLanguages(String text) {
        Set<String> languages = new TreeSet<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            String language = part.trim().toLowerCase(Locale.ROOT);
            if (language.isEmpty()) {
                continue;
            }
            languages.add(language);
        }
        return Result.ok(languages);
    }

    private boolean left() {
        return status.getValue() == AgentStatus.LEFT;
    }

    private void showExit() {
        exitDate.setVisible(left());
        exitKind.setVisible(left());
        exitReason.setVisible(left());
        if (left() && exitDate.isEmpty()) {
            exitDate.setValue(LocalDate.now(clock));
        }
    }

    private String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, getLocale());
    }

    @Override
    protected boolean matches(Stored<AgentDraft> row, String text) {
        AgentDraft a = row.data();
        String name = (a.employeeNumber() + " " + a.firstName() + " " + a.lastName() + " " + a.email())
                .toLowerCase(Locale.ROOT);
        return name.contains(text)
                && (teamFilter.isEmpty() || Objects.equals(teamFilter.getValue(), a.teamCode()))
                && (siteFilter.isEmpty() || Objects.equals(siteFilter.getValue(), a.homeSiteCode()))
                && (statusFilter.isEmpty() || statusFilter.getValue() == a.status())
                && (skillFilter.isEmpty() || a.skills().stream().anyMatch(s -> s.skillCode().equals(skillFilter.getValue())));
    }

    @Override
    protected void edited(Stored<AgentDraft> row) {
        showExit();
    }

    @Override
    protected AgentDraft blank() {
        return new AgentDraft("", "", "", "", LocalDate.now(clock), AgentStatus.ACTIVE, null, null, null, null, null,
                null, true, List.of(), Set.of(), List.of(), List.of());
    }
}
