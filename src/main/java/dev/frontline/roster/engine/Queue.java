package dev.frontline.roster.engine;

import java.util.Objects;

/** A skill group, e.g. "Billing – Turkish – voice". Identified by {@code id}. */
public record Queue(String id, String name, Channel channel) {

    public Queue {
        Objects.requireNonNull(id, "queue id");
        Objects.requireNonNull(channel, "queue channel");
    }
}
