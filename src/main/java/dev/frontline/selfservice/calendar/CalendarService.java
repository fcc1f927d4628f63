package dev.frontline.selfservice.calendar;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.vaadin.flow.i18n.I18NProvider;

import dev.frontline.db.enums.AuditAction;
import dev.frontline.selfservice.AgentFacts;
import dev.frontline.selfservice.SelfServiceAgents;
import dev.frontline.selfservice.calendar.persistence.CalendarFeedRepository;
import dev.frontline.selfservice.schedule.ScheduleService;
import dev.frontline.selfservice.schedule.ScheduledShift;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.Phrase;

/**
 * An agent's schedule in their own calendar: an iCalendar feed of their published shifts from four weeks back to
 * twelve weeks ahead, read on every fetch, so it follows each publish and repair. The personal feed URL carries a
 * secret (only its SHA-256 is stored) that the agent can revoke or regenerate; signed in, the same calendar comes from
 * {@code GET /api/v1/me/calendar.ics}.
 */
@Service
public class CalendarService {

    /** Weeks of past and coming shifts in the feed. */
    static final int WEEKS_BACK = 4;
    static final int WEEKS_AHEAD = 12;
    /** Path of a feed, followed by the secret and ".ics". */
    public static final String FEED_PATH = "/calendar/";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final CalendarFeedRepository feeds;
    private final SelfServiceAgents agents;
    private final ScheduleService schedule;
    private final I18NProvider translations;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarService(CalendarFeedRepository feeds, SelfServiceAgents agents, ScheduleService schedule,
            I18NProvider translations, AuditTrail audit, Clock clock) {
        this.feeds = feeds;
        this.agents = agents;
        this.schedule = schedule;
        this.translations = translations;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in agent's calendar, as the feed would serve it. */
    @PreAuthorize("hasRole('AGENT')")
    public String myCalendar(Locale locale, String host) {
        return calendar(agents.me(), locale, host);
    }

    @PreAuthorize("hasRole('AGENT')")
    public CalendarFeedStatus myFeed() {
        return feeds.ofAgent(agents.myAgentId())
                .map(f -> new CalendarFeedStatus(true, f.createdAt(), f.lastReadAt(), null))
                .orElse(new CalendarFeedStatus(false, null, null, null));
    }

    /**
     * A new secret feed address for the signed-in agent; any earlier one stops working. The answer is the only time
     * the address is shown.
     *
     * @param baseUrl the application's address as the agent reaches it, e.g. {@code https://frontline.example.com}
     */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional
    public CalendarFeedStatus regenerate(String baseUrl) {
        long agentId = agents.myAgentId();
        String prefix = random(8);
        String secret = prefix + random(32);
        OffsetDateTime now = OffsetDateTime.now(clock);
        feeds.save(agentId, prefix, sha256(secret), now);
        audit.record("calendar_feed", String.valueOf(agentId), AuditAction.UPDATE,
                Phrase.of("audit.calendar.new-address", prefix));
        return new CalendarFeedStatus(true, now, null, baseUrl.replaceAll("/+$", "") + FEED_PATH + secret + ".ics");
    }

    /** Stops the signed-in agent's feed: its address answers 404 from now on. */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional
    public void revoke() {
        long agentId = agents.myAgentId();
        if (feeds.delete(agentId)) {
            audit.record("calendar_feed", String.valueOf(agentId), AuditAction.DELETE, Phrase.of("audit.calendar.revoked"));
        }
    }

    /**
     * The calendar behind a feed secret, for a calendar app that fetches without credentials; empty for an unknown,
     * revoked or replaced secret (the same answer for each, so a guess learns nothing).
     */
    @Transactional
    public Optional<String> feed(String secret, Locale locale, String host) {
        if (secret == null || !secret.matches("[A-Za-z0-9]{40}")) {
            return Optional.empty();
        }
        Optional<CalendarFeedRepository.Feed> feed = feeds.byPrefix(secret.substring(0, 8));
        if (feed.isEmpty() || !MessageDigest.isEqual(feed.get().tokenSha256().getBytes(StandardCharsets.US_ASCII),
                sha256(secret).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        feeds.touch(feed.get().agentId(), OffsetDateTime.now(clock));
        return Optional.of(calendar(agents.facts(feed.get().agentId()), locale, host));
    }

    private String calendar(AgentFacts agent, Locale locale, String host) {
        LocalDate today = LocalDate.now(clock.withZone(agent.zone()));
        List<ScheduledShift> shifts = schedule.shiftsOf(agent, today.minusWeeks(WEEKS_BACK), today.plusWeeks(WEEKS_AHEAD));
        Map<Long, java.time.Instant> published = new java.util.HashMap<>();
        for (ScheduledShift s : shifts) {
            published.computeIfAbsent(s.rosterVersionId(), id -> {
                var at = schedule.lastPublished(agent, s.date(), s.date());
                return at == null ? clock.instant() : at.toInstant();
            });
        }
        Locale language = locale == null ? Locale.ENGLISH : locale;
        ScheduleCalendar.Texts texts = new ScheduleCalendar.Texts(
                translations.getTranslation("selfservice.calendar.shift-home", language),
                translations.getTranslation("selfservice.calendar.shift-office", language).replace("{0}", "%s"),
                translations.getTranslation("selfservice.calendar.break", language),
                translations.getTranslation("selfservice.calendar.lunch", language),
                translations.getTranslation("selfservice.calendar.home", language),
                translations.getTranslation("selfservice.calendar.training", language)
                        .replace("{0}", "%1$s").replace("{1}", "%2$d").replace("{2}", "%3$d"));
        return ScheduleCalendar.build(agent.employeeNumber(), host, agent.zone(), shifts,
                s -> published.get(s.rosterVersionId()), texts);
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
