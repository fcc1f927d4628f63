package dev.frontline.security;

/** One login of a bulk creation: the username, the agent it belongs to and its one-time password (shown once). */
public record AgentLogin(String username, long agentId, String employeeNumber, String fullName, String oneTimePassword) {
}
