package dev.frontline.selfservice.timeoff;

import java.math.BigDecimal;

/**
 * An agent's days of one kind of leave in a calendar year: what the contract grants, what approved requests took,
 * what pending requests would take, and what is left to ask for.
 */
public record TimeOffBalance(int year, String kind, BigDecimal entitlement, int taken, int pending) {

    public BigDecimal remaining() {
        return entitlement.subtract(BigDecimal.valueOf(taken + pending));
    }
}
