package dev.frontline.workforce.ui;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.workforce.AgentProfile;
import dev.frontline.workforce.WorkforceService;

/** An agent's profile: who they are in the centre, their team and lead, and their skills (their schedule is at "me"). */
@Route("me/profile")
@RolesAllowed(Roles.AGENT)
@Menu(title = "nav.my-profile", order = 9, icon = "vaadin:user")
public class AgentOverviewView extends VerticalLayout implements HasDynamicTitle {

    public AgentOverviewView(WorkforceService workforce) {
        setId("agent-overview");
        AgentProfile profile = workforce.myProfile();
        LocalDate today = LocalDate.now(ZoneId.of(profile.siteTimeZone()));
        Period tenure = Period.between(profile.hireDate(), today);

        FormLayout details = new FormLayout();
        details.setId("agent-profile");
        details.addFormItem(value("agent-name", profile.fullName()), getTranslation("agent.field.name"));
        details.addFormItem(value("agent-employee-number", profile.employeeNumber()),
                getTranslation("agent.field.employee-number"));
        details.addFormItem(value("agent-team", profile.teamName() == null ? "–" : profile.teamName()),
                getTranslation("agent.field.team"));
        details.addFormItem(value("agent-lead", profile.teamLeadName() == null ? "–" : profile.teamLeadName()),
                getTranslation("agent.field.lead"));
        details.addFormItem(value("agent-site", profile.siteName()), getTranslation("agent.field.site"));
        details.addFormItem(value("agent-location", getTranslation(profile.officeEligible()
                ? "agent.location.hybrid" : "agent.location.home")), getTranslation("agent.field.location"));
        details.addFormItem(value("agent-contract", getTranslation("agent.contract", profile.contractName(),
                Formats.decimal(profile.contractMaxMinutesPerWeek() / 60.0, 1))), getTranslation("agent.field.contract"));
        details.addFormItem(value("agent-hire-date", getTranslation("agent.hired", Formats.date(profile.hireDate()),
                tenure.getYears(), tenure.getMonths())), getTranslation("agent.field.hire-date"));

        Grid<AgentProfile.SkillLevel> skills = new Grid<>();
        skills.setId("agent-skills");
        skills.setAllRowsVisible(true);
        skills.addColumn(AgentProfile.SkillLevel::skillName).setHeader(getTranslation("agent.col.skill"));
        skills.addColumn(s -> Formats.percent(s.proficiency() * 100, 0))
                .setHeader(getTranslation("agent.col.proficiency"));
        skills.setItems(profile.skills());

        add(new H2(getTranslation("agent.overview.title", profile.firstName())), details,
                new H3(getTranslation("agent.skills.title")), skills);
    }

    private static Span value(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-profile") + " | " + getTranslation("app.name");
    }
}
