package dev.frontline.workforce;

/** An agent id that names no agent. */
public class UnknownAgentException extends RuntimeException {
    public UnknownAgentException(long agentId) {
        super("No agent with id " + agentId);
    }
}
