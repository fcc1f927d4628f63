package dev.frontline.selfservice.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.roster.service.RosterPublished;
import dev.frontline.selfservice.notifications.NotificationService;
import dev.frontline.selfservice.schedule.persistence.PublishedScheduleRepository;

/**
 * Tells agents when a published roster changes their coming shifts: after a publish that replaces an earlier roster
 * (a repair), each agent whose shifts from today on differ gets one notification naming how many days changed and the
 * first; after a first publish of a period, each agent with shifts in it hears that their schedule is out.
 */
@Component
class ScheduleChangeNotifier {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScheduleChangeNotifier.class);

    private final PublishedScheduleRepository published;
    private final NotificationService notifications;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ScheduleChangeNotifier(PublishedScheduleRepository published, NotificationService notifications,
            PlatformTransactionManager transactions, Clock clock) {
        this.published = published;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** A notification that cannot be written is logged: the roster is published already and stays so. */
    @EventListener
    void onPublished(RosterPublished event) {
        try {
            notifyAgents(event);
        } catch (RuntimeException e) {
            LOG.warn("Could not notify agents of roster version {}: {}", event.versionId(), e.getMessage());
        }
    }

    private void notifyAgents(RosterPublished event) {
        LocalDate from = LocalDate.now(clock).isAfter(event.firstDay()) ? LocalDate.now(clock) : event.firstDay();
        Map<Long, Map<LocalDate, String>> now = published.versionShifts(List.of(event.versionId()), from);
        transaction.executeWithoutResult(status -> {
            if (event.archivedVersionIds().isEmpty()) {
                now.keySet().forEach(agent -> notifications.notify(agent, "selfservice.notify.schedule-published",
                        List.of(event.firstDay(), event.lastDay()), "me"));
                return;
            }
            Map<Long, Map<LocalDate, String>> before = published.versionShifts(event.archivedVersionIds(), from);
            Set<Long> agents = new HashSet<>(now.keySet());
            agents.addAll(before.keySet());
            for (long agent : agents) {
                Map<LocalDate, String> was = before.getOrDefault(agent, Map.of());
                Map<LocalDate, String> is = now.getOrDefault(agent, Map.of());
                TreeSet<LocalDate> changed = new TreeSet<>();
                for (LocalDate d = from; !d.isAfter(event.lastDay()); d = d.plusDays(1)) {
                    if (!java.util.Objects.equals(was.get(d), is.get(d))) {
                        changed.add(d);
                    }
                }
                if (!changed.isEmpty()) {
                    notifications.notify(agent, "selfservice.notify.schedule-changed",
                            List.of(changed.size(), changed.first()), "me");
                }
            }
        });
    }
}
