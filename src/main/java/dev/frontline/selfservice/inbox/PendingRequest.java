package dev.frontline.selfservice.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One request waiting for a planner's decision, as a {@link PendingRequestSource} lists it.
 *
 * @param kind the source's {@link PendingRequestSource#kind()}
 * @param id the request's id within its kind
 * @param summaryKey a bundle key describing the request; {@code summaryArgs} are its {0}, {1}... (String, Number,
 *        LocalDate or LocalTime)
 * @param firstDay first day the request touches; {@code lastDay} the last (the same for a one-day request)
 */
public record PendingRequest(String kind, long id, long agentId, String employeeNumber, String agentName, String teamName,
        LocalDate firstDay, LocalDate lastDay, String summaryKey, List<Object> summaryArgs, OffsetDateTime requestedAt,
        CoverageImpact impact) {

    public PendingRequest {
        summaryArgs = List.copyOf(summaryArgs);
    }

    /** The request's reference in the inbox and in REST paths, e.g. {@code TIME_OFF-42}. */
    public String reference() {
        return kind + "-" + id;
    }
}
