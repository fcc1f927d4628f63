package dev.frontline.roster.service;

/**
 * Adds wishes of another feature (agents' preference windows) to a rostering problem as it is loaded. Each source gets
 * the scenario before it is built and adds day requests, preferred starts and location preferences through its
 * {@link RosterScenario#builder() builder}, so every roster solved, checked or repaired reads the same wishes.
 */
public interface RosterWishSource {

    void addWishes(RosterScenario scenario);
}
