package dev.frontline.selfservice.timeoff;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.frontline.security.CurrentUser;
import dev.frontline.selfservice.inbox.PendingRequest;
import dev.frontline.selfservice.inbox.PendingRequestSource;

/** Time-off requests waiting for a planner, in the planner's inbox. */
@Component
class TimeOffRequests implements PendingRequestSource {

    static final String KIND = "TIME_OFF";

    private final TimeOffService timeOff;
    private final CurrentUser currentUser;

    TimeOffRequests(TimeOffService timeOff, CurrentUser currentUser) {
        this.timeOff = timeOff;
        this.currentUser = currentUser;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public List<PendingRequest> pending() {
        return timeOff.pending().stream()
                .map(r -> new PendingRequest(KIND, r.id(), r.agentId(), r.employeeNumber(), r.agentName(), r.teamName(),
                        r.firstDay(), r.lastDay(), "selfservice.inbox.summary.time-off-"
                                + r.kind().toLowerCase(java.util.Locale.ROOT),
                        List.of(r.workingDays(), r.note() == null ? "" : r.note()),
                        r.requestedAt(), timeOff.impact(r)))
                .toList();
    }

    @Override
    public void approve(long id, String reason) {
        timeOff.decide(id, true, reason, currentUser.require().getUsername());
    }

    @Override
    public void deny(long id, String reason) {
        timeOff.decide(id, false, reason, currentUser.require().getUsername());
    }
}
