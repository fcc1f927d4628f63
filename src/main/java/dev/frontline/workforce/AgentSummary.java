package dev.frontline.workforce;

import dev.frontline.db.enums.AgentStatus;

public record AgentSummary(long id, String employeeNumber, String fullName, String teamName, String siteName,
        AgentStatus status) {
}
