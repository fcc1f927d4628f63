package dev.frontline.selfservice.bidding.engine;

import java.time.LocalDate;

/** An agent taking part in a bid round, with what the precedence rules read. */
public record Bidder(long agentId, String employeeNumber, LocalDate hireDate) {
}
