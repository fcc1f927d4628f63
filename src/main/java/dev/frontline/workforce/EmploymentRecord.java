package dev.frontline.workforce;

import java.time.LocalDate;

import dev.frontline.db.enums.ExitKind;

/**
 * One agent's employment with what attrition groups it by: site, team, contract, office eligibility and the
 * contract's office days. Exit date is the first day no longer employed (null while employed).
 */
public record EmploymentRecord(long agentId, String employeeNumber, LocalDate hireDate, LocalDate exitDate,
        ExitKind exitKind, String exitReason, String siteName, String teamName, String contractCode,
        boolean officeEligible, int contractMinOfficeDaysPerWeek) {
}
