package dev.frontline.selfservice.schedule;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.shared.text.Phrase;
import dev.frontline.db.enums.RequestStatus;
import dev.frontline.selfservice.AgentFacts;
import dev.frontline.selfservice.SelfServiceAgents;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.officedays.OfficeDay;
import dev.frontline.selfservice.officedays.OfficeDayService;
import dev.frontline.selfservice.schedule.persistence.PublishedScheduleRepository;
import dev.frontline.selfservice.schedule.persistence.PublishedScheduleRepository.ShiftRow;
import dev.frontline.selfservice.timeoff.TimeOffRequest;
import dev.frontline.selfservice.timeoff.TimeOffService;

/**
 * An agent's own schedule from the published rosters: shifts with breaks and lunch in their site's clock, where
 * they work, days off, approved and pending time off, booked office days, weekly paid hours against the contract,
 * and what changed since they last looked (old → new).
 */
@Service
public class ScheduleService {

    /** The longest period one call returns, in days. */
    public static final int MAX_DAYS = 93;
    /** How far ahead "what changed" watches: the days an agent saw when they last marked the schedule seen. */
    public static final int WATCHED_WEEKS = 6;

    private final PublishedScheduleRepository published;
    private final SelfServiceAgents agents;
    private final TimeOffService timeOff;
    private final OfficeDayService officeDays;
    private final Clock clock;

    ScheduleService(PublishedScheduleRepository published, SelfServiceAgents agents, TimeOffService timeOff,
            OfficeDayService officeDays, Clock clock) {
        this.published = published;
        this.agents = agents;
        this.timeOff = timeOff;
        this.officeDays = officeDays;
        this.clock = clock;
    }

    /** The signed-in agent's published shifts between two days (both included). */
    @PreAuthorize("hasRole('AGENT')")
    public List<ScheduledShift> myShifts(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return shiftsOf(agents.me(), from, to);
    }

    /** The signed-in agent's weeks (Monday to Sunday) that hold the days from {@code from} to {@code to}. */
    @PreAuthorize("hasRole('AGENT')")
    public List<ScheduleWeek> myWeeks(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        AgentFacts me = agents.me();
        LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate sunday = to.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<LocalDate, ScheduledShift> shifts = new HashMap<>();
        shiftsOf(me, monday, sunday).forEach(s -> shifts.put(s.date(), s));
        List<TimeOffRequest> requests = timeOff.mine().stream()
                .filter(r -> r.status() != RequestStatus.REJECTED && !r.lastDay().isBefore(monday)
                        && !r.firstDay().isAfter(sunday)).toList();
        Set<LocalDate> booked = officeDays.myBookings(monday, sunday).stream().map(OfficeDay::date)
                .collect(Collectors.toSet());
        List<ScheduleWeek> weeks = new ArrayList<>();
        for (LocalDate week = monday; !week.isAfter(sunday); week = week.plusWeeks(1)) {
            List<ScheduleWeek.Day> days = new ArrayList<>();
            int paid = 0;
            for (int i = 0; i < 7; i++) {
                LocalDate date = week.plusDays(i);
                ScheduledShift shift = shifts.get(date);
                paid += shift == null ? 0 : shift.paidMinutes();
                String approvedKind = requests.stream().filter(r -> r.status() == RequestStatus.APPROVED && covers(r, date))
                        .map(TimeOffRequest::kind).findFirst().orElse(null);
                boolean pending = requests.stream().anyMatch(r -> r.status() == RequestStatus.REQUESTED && covers(r, date));
                days.add(new ScheduleWeek.Day(date, shift, approvedKind, booked.contains(date), pending));
            }
            weeks.add(new ScheduleWeek(week, days, paid, me.minMinutesPerWeek(), me.maxMinutesPerWeek()));
        }
        return weeks;
    }

    /**
     * Days whose published shift differs from what the signed-in agent saw when they last marked their schedule seen,
     * from today on; empty before their first visit.
     */
    @PreAuthorize("hasRole('AGENT')")
    public List<ScheduleChange> myChanges() {
        AgentFacts me = agents.me();
        var visit = published.visit(me.agentId());
        if (visit.isEmpty()) {
            return List.of();
        }
        LocalDate today = today(me);
        LocalDate from = visit.get().seenFrom().isBefore(today) ? today : visit.get().seenFrom();
        LocalDate to = visit.get().seenTo();
        if (from.isAfter(to)) {
            return List.of();
        }
        ZoneId zone = me.zone();
        Map<LocalDate, PublishedScheduleRepository.SeenDay> seen = new HashMap<>();
        published.seenDays(me.agentId()).forEach(d -> seen.put(d.workDate(), d));
        Map<LocalDate, ShiftRow> now = new HashMap<>();
        published.shifts(me.agentId(), from, to).forEach(s -> now.put(s.workDate(), s));
        List<ScheduleChange> changes = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            PublishedScheduleRepository.SeenDay old = seen.get(d);
            ShiftRow current = now.get(d);
            OffsetDateTime oldStart = old == null ? null : old.startsAt();
            Integer oldLength = old == null ? null : old.lengthMinutes();
            String oldSite = old == null ? null : old.siteCode();
            boolean same = Objects.equals(oldStart == null ? null : oldStart.toInstant(),
                    current == null ? null : current.startsAt().toInstant())
                    && Objects.equals(oldLength, current == null ? null : current.lengthMinutes())
                    && Objects.equals(oldSite, current == null ? null : current.siteCode());
            if (!same) {
                changes.add(new ScheduleChange(d, oldStart == null ? null : oldStart.atZoneSameInstant(zone),
                        oldStart == null ? null : oldStart.plusMinutes(oldLength).atZoneSameInstant(zone), oldSite,
                        current == null ? null : current.startsAt().atZoneSameInstant(zone),
                        current == null ? null : current.startsAt().plusMinutes(current.lengthMinutes()).atZoneSameInstant(zone),
                        current == null ? null : current.siteCode()));
            }
        }
        return changes;
    }

    /** Remembers the signed-in agent's published schedule of the coming weeks as seen, so later changes show. */
    @PreAuthorize("hasRole('AGENT')")
    @Transactional
    public void markSeen() {
        AgentFacts me = agents.me();
        LocalDate today = today(me);
        LocalDate to = today.plusWeeks(WATCHED_WEEKS);
        published.saveVisit(me.agentId(), today, to, OffsetDateTime.now(clock), published.shifts(me.agentId(), today, to));
    }

    /**
     * An agent's published shifts, for callers that have established the agent themselves (the calendar feed by its
     * secret, the signed-in agent).
     */
    public List<ScheduledShift> shiftsOf(AgentFacts agent, LocalDate from, LocalDate to) {
        ZoneId zone = agent.zone();
        Map<LocalDate, List<ScheduledShift.Activity>> activities = new HashMap<>();
        for (var a : published.activities(agent.agentId(), from, to)) {
            activities.computeIfAbsent(a.workDate(), d -> new ArrayList<>())
                    .add(new ScheduledShift.Activity(a.kind(), a.startsAt().atZoneSameInstant(zone), a.minutes(),
                            a.course(), a.sessionNumber(), a.sessionCount()));
        }
        return published.shifts(agent.agentId(), from, to).stream()
                .map(s -> new ScheduledShift(s.versionId(), s.workDate(), s.startsAt().atZoneSameInstant(zone),
                        s.startsAt().plusMinutes(s.lengthMinutes()).atZoneSameInstant(zone), s.siteCode(), s.siteName(),
                        List.copyOf(activities.getOrDefault(s.workDate(), List.of()))))
                .toList();
    }

    /** When the newest published roster among an agent's shifts was published (for a feed's last-modified). */
    public ZonedDateTime lastPublished(AgentFacts agent, LocalDate from, LocalDate to) {
        return published.shifts(agent.agentId(), from, to).stream().map(ShiftRow::publishedAt)
                .max(OffsetDateTime::compareTo).map(t -> t.atZoneSameInstant(agent.zone())).orElse(null);
    }

    /** Today in the signed-in agent's site clock. */
    @PreAuthorize("hasRole('AGENT')")
    public LocalDate myToday() {
        return today(agents.me());
    }

    private LocalDate today(AgentFacts agent) {
        return LocalDate.now(clock.withZone(agent.zone()));
    }

    private static boolean covers(TimeOffRequest request, LocalDate date) {
        return !date.isBefore(request.firstDay()) && !date.isAfter(request.lastDay());
    }

    private static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw SelfServiceException.badInput("from", "DATE", Phrase.of("selfservice.refusal.first-day-missing"));
        }
        if (to == null) {
            throw SelfServiceException.badInput("to", "DATE", Phrase.of("selfservice.refusal.last-day-missing"));
        }
        if (to.isBefore(from)) {
            throw SelfServiceException.badInput("to", "ORDER", Phrase.of("selfservice.refusal.last-before-first", to, from));
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw SelfServiceException.badInput("to", "LENGTH", Phrase.of("selfservice.refusal.schedule-too-long", MAX_DAYS));
        }
    }
}
