package dev.frontline.selfservice.notifications.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dev.frontline.selfservice.notifications.NotificationService;

/** An agent's own notifications, worded in the language of the request (Accept-Language). */
@RestController
@RequestMapping("/api/v1/me/notifications")
@PreAuthorize("hasRole('AGENT')")
@Tag(name = "Notifications", description = "Decisions, schedule changes and windows, for the signed-in agent")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    record NotificationJson(long id, String text, String messageKey, String link, OffsetDateTime createdAt, boolean unread) {
    }

    record NotificationList(int unread, List<NotificationJson> notifications) {
    }

    @GetMapping
    @Operation(summary = "The newest notifications and the unread count (the badge)")
    NotificationList list(Locale locale) {
        return new NotificationList(notifications.myUnreadCount(), notifications.mine().stream()
                .map(n -> new NotificationJson(n.id(), notifications.render(n, locale), n.messageKey(), n.link(),
                        n.createdAt(), n.unread()))
                .toList());
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark one notification read")
    ResponseEntity<Void> read(@PathVariable long id) {
        notifications.markRead(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/read-all")
    @Operation(summary = "Mark every notification read")
    ResponseEntity<Void> readAll() {
        notifications.markAllRead();
        return ResponseEntity.noContent().build();
    }
}
