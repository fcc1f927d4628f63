package dev.frontline.security;

/** A current agent (not left) who has no login yet: a candidate for the bulk creation of agent logins. */
public record AgentWithoutLogin(long agentId, String employeeNumber, String fullName, String email) {
}
