package dev.frontline.selfservice.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import tools.jackson.databind.json.JsonMapper;

import dev.frontline.security.CurrentUser;
import dev.frontline.selfservice.notifications.persistence.NotificationRepository;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * In-app notifications of agents: decisions on their requests, changes to their schedule, windows opening and
 * closing. Other features' services call {@link #notify} inside the transaction of the change they announce, so a
 * notification exists exactly when the change was committed. A notification is stored as a bundle key and typed
 * arguments and worded in the reader's language when read ({@link #render}).
 */
@Service
public class NotificationService {

    /** How many notifications an agent's list shows. */
    public static final int LIST_LIMIT = 50;

    /** The English texts, which every key has: a key missing here is a typo in the calling code. */
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
            NotificationService.class.getClassLoader());

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final I18NProvider translations;
    private final JsonMapper json;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, CurrentUser currentUser, I18NProvider translations,
            JsonMapper json, Clock clock) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.translations = translations;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Stores a notification for an agent. No role check of its own: the calling service has checked that its user may
     * cause it (an agent's swap offer notifies the colleague; a planner's decision notifies the requester).
     *
     * @param messageKey a key of {@code vaadin-i18n/translations.properties}; its text takes {@code args} as {0}, {1}...
     * @param args positional arguments: String, Integer, Long, Double, BigDecimal, LocalDate, LocalTime, ZonedDateTime
     * @param link the app route the notification opens (e.g. {@code me/time-off}), or null
     * @return the new notification's id
     * @throws IllegalArgumentException for a key missing from the English bundle or an argument of another type
     */
    @Transactional
    public long notify(long agentId, String messageKey, List<?> args, String link) {
        if (messageKey == null || !ENGLISH.containsKey(messageKey)) {
            throw new IllegalArgumentException("messageKey: '" + messageKey + "' is not a text of the bundle");
        }
        if (link != null && !link.matches("[a-z0-9/_?=&.-]*")) {
            throw new IllegalArgumentException("link: '" + link + "' is not an app route (lower-case path and query)");
        }
        return notifications.insert(agentId, messageKey, NotificationArgs.encode(json, args), link,
                OffsetDateTime.now(clock));
    }

    /** The signed-in agent's notifications, newest first. */
    @PreAuthorize("hasRole('AGENT')")
    public List<Notification> mine() {
        return notifications.newest(myAgentId(), LIST_LIMIT).stream().map(this::notification).toList();
    }

    /** How many of the signed-in agent's notifications are unread: the badge. */
    @PreAuthorize("hasRole('AGENT')")
    public int myUnreadCount() {
        return notifications.unread(myAgentId());
    }

    /** Marks one of the signed-in agent's notifications read; another agent's is unknown to them. */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional
    public void markRead(long id) {
        if (!notifications.markRead(myAgentId(), id, OffsetDateTime.now(clock))) {
            throw new UnknownEntityException("id", Phrase.of("rest.unknown.notification", String.valueOf(id)));
        }
    }

    @PreAuthorize("hasRole('AGENT')")
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(myAgentId(), OffsetDateTime.now(clock));
    }

    /** The notification's text in the reader's language: dates and times in their locale, times with their zone. */
    public String render(Notification notification, Locale locale) {
        Object[] params = notification.args().stream().map(arg -> switch (arg) {
            case LocalDate d -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
            case LocalTime t -> t.format(DateTimeFormatter.ofPattern("HH:mm"));
            case ZonedDateTime z -> DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).format(z)
                    + " (" + z.getZone().getId() + ")";
            default -> arg;
        }).toArray();
        return translations.getTranslation(notification.messageKey(), locale, params);
    }

    private Notification notification(NotificationRepository.Row row) {
        return new Notification(row.id(), row.agentId(), row.messageKey(), NotificationArgs.decode(json, row.argsJson()),
                row.link(), row.createdAt(), row.readAt());
    }

    private long myAgentId() {
        return currentUser.require().agentId().orElseThrow(
                () -> new org.springframework.security.access.AccessDeniedException("only agents have notifications"));
    }
}
