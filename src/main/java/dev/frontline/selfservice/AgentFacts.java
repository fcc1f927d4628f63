package dev.frontline.selfservice;

import java.time.DayOfWeek;
import java.time.ZoneId;

/**
 * What self-service needs to know about one agent: their contract's weekly minutes and hybrid clause, their site
 * (its clock and seats) and their team's office day.
 *
 * @param teamOfficeWeekday the team's anchor day in the office, or null
 */
public record AgentFacts(long agentId, String employeeNumber, String fullName, long contractId, String contractName,
        int minMinutesPerWeek, int maxMinutesPerWeek, int minOfficeDaysPerWeek, long siteId, String siteCode,
        String siteName, String siteTimeZone, int siteSeats, boolean officeEligible, String teamName,
        DayOfWeek teamOfficeWeekday) {

    public ZoneId zone() {
        return ZoneId.of(siteTimeZone);
    }
}
