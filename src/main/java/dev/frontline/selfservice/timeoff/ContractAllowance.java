package dev.frontline.selfservice.timeoff;

import java.math.BigDecimal;

/**
 * The days of leave a contract grants per calendar year, per kind (zero where the planner set none), and how many
 * active agents work under it, so the planner sees whom a change reaches.
 */
public record ContractAllowance(String contractCode, String contractName, int agents, BigDecimal vacationDays,
        BigDecimal personalDays) {
}
