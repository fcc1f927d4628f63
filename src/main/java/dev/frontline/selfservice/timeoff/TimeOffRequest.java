package dev.frontline.selfservice.timeoff;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import dev.frontline.db.enums.RequestStatus;

/**
 * A request for time off and, once decided, the decision: by whom, when, why, and whether Frontline took it by the
 * coverage rule ({@code automatic}).
 *
 * @param workingDays the weekdays (Monday to Friday) the request takes from the balance
 */
public record TimeOffRequest(long id, long agentId, String employeeNumber, String agentName, String teamName,
        LocalDate firstDay, LocalDate lastDay, String kind, RequestStatus status, String note, OffsetDateTime requestedAt,
        OffsetDateTime decidedAt, String decidedBy, String decisionReason, boolean automatic, int workingDays) {
}
