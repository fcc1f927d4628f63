package dev.frontline.roster.engine;

/** How contacts of a queue arrive; real-time channels need agents in the interval itself, deferred ones less so. */
public enum Channel {
    VOICE, CHAT, EMAIL, MESSAGING, VIDEO, BACK_OFFICE
}
