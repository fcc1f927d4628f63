package dev.frontline.workforce;

import java.time.LocalDate;
import java.util.List;

import dev.frontline.db.enums.AgentStatus;

/** What an agent (and their planner or HR lead) sees about them: employment, team, site and skills. */
public record AgentProfile(long id, String employeeNumber, String firstName, String lastName, String email,
        LocalDate hireDate, AgentStatus status, String contractName, int contractMaxMinutesPerWeek, String teamName,
        String teamLeadName, String siteName, String siteTimeZone, boolean officeEligible, List<SkillLevel> skills) {

    public String fullName() {
        return firstName + " " + lastName;
    }

    public AgentProfile withSkills(List<SkillLevel> skillLevels) {
        return new AgentProfile(id, employeeNumber, firstName, lastName, email, hireDate, status, contractName,
                contractMaxMinutesPerWeek, teamName, teamLeadName, siteName, siteTimeZone, officeEligible,
                List.copyOf(skillLevels));
    }

    public record SkillLevel(String skillCode, String skillName, double proficiency) {
    }
}
