package dev.frontline.selfservice.inbox;

import java.util.List;

/**
 * A kind of agent request that waits for a planner's decision (time off, swaps...). Each kind is a Spring bean
 * implementing this; the planner's inbox ({@link InboxService}) lists every source's pending requests, and decides
 * them through the source. The inbox checks the planner role, keeps the audit trail of every decision and runs
 * each decision in its own transaction; a source changes its own rows, notifies the agents concerned
 * ({@code NotificationService}) and starts whatever follows (a roster repair).
 */
public interface PendingRequestSource {

    /** The kind's stable name, upper case ({@code TIME_OFF}, {@code SWAP}): the first part of a request reference. */
    String kind();

    /** Every request of this kind waiting for a planner, oldest first, with its coverage impact. */
    List<PendingRequest> pending();

    /**
     * Grants a pending request.
     *
     * @param reason the planner's words for the agent, or null
     * @throws java.util.NoSuchElementException when there is no such request
     * @throws IllegalStateException when the request is no longer pending (decided meanwhile, withdrawn), or
     *         granting it now would break a rule; the message names the rule
     */
    void approve(long id, String reason);

    /**
     * Refuses a pending request.
     *
     * @param reason the planner's words for the agent, never blank (the inbox checks this)
     * @throws java.util.NoSuchElementException when there is no such request
     * @throws IllegalStateException when the request is no longer pending
     */
    void deny(long id, String reason);
}
