package dev.frontline.workforce.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.workforce.masterdata.AgentChoice;
import dev.frontline.workforce.masterdata.SiteService;
import dev.frontline.workforce.masterdata.Stored;
import dev.frontline.workforce.masterdata.TeamDraft;
import dev.frontline.workforce.masterdata.TeamService;

/** Teams: site, lead (chosen among the team's own agents) and the weekday the team meets in the office. */
@Route("teams")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.teams", order = 12, icon = "vaadin:group")
public class TeamsView extends MasterDataView<TeamDraft> {

    private final TeamService teams;
    private final ComboBox<String> lead = new ComboBox<>();
    private Map<String, AgentChoice> members = Map.of();

    public TeamsView(TeamService teams, SiteService sites) {
        super(TeamDraft.class, teams, "team", "teams.title");
        this.teams = teams;
        grid.addColumn(r -> r.data().code()).setHeader(getTranslation("masterdata.col.code")).setSortable(true);
        grid.addColumn(r -> r.data().name()).setHeader(getTranslation("masterdata.col.name")).setSortable(true);
        grid.addColumn(r -> r.data().siteCode()).setHeader(getTranslation("teams.col.site")).setSortable(true);
        grid.addColumn(r -> r.data().leadEmployeeNumber()).setHeader(getTranslation("teams.col.lead"));
        grid.addColumn(r -> weekday(r.data().officeWeekday())).setHeader(getTranslation("teams.col.office-day"));

        TextField code = Fields.text("team-code", getTranslation("masterdata.field.code"));
        // the rules and their messages come from the constraints on TeamDraft (BeanValidationBinder)
        binder.forField(code).bind("code");
        TextField name = Fields.text("team-name", getTranslation("masterdata.field.name"));
        binder.forField(name).bind("name");
        ComboBox<String> site = new ComboBox<>(getTranslation("teams.field.site"));
        site.setId("team-site");
        site.setItems(sites.all().stream().map(s -> s.data().code()).toList());
        binder.forField(site).bind("siteCode");
        lead.setId("team-lead");
        lead.setLabel(getTranslation("teams.field.lead"));
        lead.setItemLabelGenerator(number -> members.containsKey(number) ? members.get(number).toString() : number);
        lead.setClearButtonVisible(true);
        binder.forField(lead).bind("leadEmployeeNumber");
        ComboBox<Integer> weekday = new ComboBox<>(getTranslation("teams.field.office-day"));
        weekday.setId("team-office-day");
        weekday.setItems(IntStream.rangeClosed(1, 7).boxed().toList());
        weekday.setItemLabelGenerator(this::weekday);
        weekday.setClearButtonVisible(true);
        weekday.setHelperText(getTranslation("teams.field.office-day.help"));
        binder.forField(weekday).bind("officeWeekday");

        form.add(code, name, site, weekday, lead);
        init();
    }

    /** The lead chooser offers the team's current members only; a new team has none yet. */
    @Override
    protected void edited(Stored<TeamDraft> row) {
        List<AgentChoice> choices = row == null ? List.of() : teams.members(row.data().code());
        members = choices.stream().collect(Collectors.toMap(AgentChoice::employeeNumber, Function.identity()));
        String current = lead.getValue();
        lead.setItems(choices.stream().map(AgentChoice::employeeNumber).toList());
        lead.setValue(current != null && members.containsKey(current) ? current : null);
        lead.setEnabled(row != null);
        lead.setHelperText(row == null ? getTranslation("teams.field.lead.new") : null);
    }

    private String weekday(Integer day) {
        return day == null ? "" : DayOfWeek.of(day).getDisplayName(TextStyle.FULL, getLocale());
    }

    @Override
    protected TeamDraft blank() {
        return new TeamDraft("", "", null, null, null);
    }
}
