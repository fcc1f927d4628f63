package dev.frontline.workforce;

import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/** An agent id that names no agent: a 404 in the reader's language, naming the {@code id} it came in. */
public class UnknownAgentException extends UnknownEntityException {

    private static final long serialVersionUID = 1L;

    public UnknownAgentException(long agentId) {
        super("id", Phrase.of("rest.unknown.agent", String.valueOf(agentId)));
    }
}
