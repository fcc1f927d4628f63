package dev.frontline.selfservice.inbox;

/** A planner's answer to a pending request. */
public enum Decision {
    APPROVE, DENY
}
