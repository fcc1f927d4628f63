package dev.frontline.selfservice.notifications;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A message to one agent: a bundle key and its arguments, worded in the reader's language when it is read
 * ({@link NotificationService#render}); {@code link} is the app route it points to (e.g. {@code me/time-off}), or null.
 */
public record Notification(long id, long agentId, String messageKey, List<Object> args, String link,
        OffsetDateTime createdAt, OffsetDateTime readAt) {

    public Notification {
        args = List.copyOf(args);
    }

    public boolean unread() {
        return readAt == null;
    }
}
