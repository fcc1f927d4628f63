package dev.frontline.selfservice.officedays;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.frontline.shared.text.Phrase;
import dev.frontline.db.enums.AuditAction;
import dev.frontline.selfservice.AgentFacts;
import dev.frontline.selfservice.SelfServiceAgents;
import dev.frontline.selfservice.SelfServiceException;
import dev.frontline.selfservice.SiteSeats;
import dev.frontline.selfservice.officedays.persistence.OfficeDayRepository;
import dev.frontline.selfservice.timeoff.TimeOffService;
import dev.frontline.shared.audit.AuditTrail;
import dev.frontline.shared.text.UnknownEntityException;

/**
 * Office days under seat caps and the centre's hybrid policy. An agent books a day at their home site for the
 * coming weeks; a booking is refused when the site's seats that day are taken (the database refuses the seat beyond
 * the cap, so concurrent bookings never oversubscribe), when it breaks the policy (more office days in a week than
 * the centre lets one agent hold; a cancellation that leaves fewer office days than the contract asks), or when the
 * agent may not use that office. The team's anchor day and the contract's minimum are shown and nudged.
 */
@Service
public class OfficeDayService {

    private final OfficeDayRepository bookings;
    private final SelfServiceAgents agents;
    private final TimeOffService timeOff;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxDaysPerWeek;
    private final int weeksAhead;

    OfficeDayService(OfficeDayRepository bookings, SelfServiceAgents agents, TimeOffService timeOff, AuditTrail audit,
            PlatformTransactionManager transactions, Clock clock,
            @Value("${frontline.selfservice.office.max-days-per-week:3}") int maxDaysPerWeek,
            @Value("${frontline.selfservice.office.weeks-ahead:6}") int weeksAhead) {
        this.bookings = bookings;
        this.agents = agents;
        this.timeOff = timeOff;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.maxDaysPerWeek = maxDaysPerWeek;
        this.weeksAhead = weeksAhead;
    }

    /** Seats and bookings of a site on a day; any signed-in role. */
    @PreAuthorize("isAuthenticated()")
    public SeatCount seats(String siteCode, LocalDate date) {
        if (date == null) {
            throw SelfServiceException.badInput("date", "DATE", Phrase.of("selfservice.refusal.day-missing"));
        }
        SiteSeats site = site(siteCode);
        return new SeatCount(site.seats(), bookings.booked(site.id(), date, date).getOrDefault(date, 0));
    }

    /** The signed-in agent's booked office days between two days. */
    @PreAuthorize("hasRole('AGENT')")
    public List<OfficeDay> myBookings(LocalDate from, LocalDate to) {
        return bookings.bookings(agents.myAgentId(), from, to);
    }

    /** The week holding {@code day} as the signed-in agent plans it. */
    @PreAuthorize("hasRole('AGENT')")
    public OfficeWeek myWeek(LocalDate day) {
        AgentFacts me = agents.me();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, Integer> booked = bookings.booked(me.siteId(), monday, monday.plusDays(6));
        List<LocalDate> mine = bookings.bookings(me.agentId(), monday, monday.plusDays(6)).stream()
                .map(OfficeDay::date).toList();
        LocalDate today = LocalDate.now(clock.withZone(me.zone()));
        List<OfficeWeek.Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            boolean inWindow = !date.isBefore(today) && !date.isAfter(lastBookable(today));
            days.add(new OfficeWeek.Day(date, new SeatCount(me.siteSeats(), booked.getOrDefault(date, 0)),
                    mine.contains(date), inWindow && me.officeEligible() && me.siteSeats() > 0));
        }
        return new OfficeWeek(monday, me.siteCode(), me.siteName(), days, me.teamOfficeWeekday(),
                me.officeEligible() ? me.minOfficeDaysPerWeek() : 0, maxDaysPerWeek, me.officeEligible());
    }

    /** The first and last day an agent may book from today on: the coming {@code weeksAhead} weeks. */
    @PreAuthorize("hasRole('AGENT')")
    public LocalDate myLastBookableDay() {
        return lastBookable(LocalDate.now(clock.withZone(agents.me().zone())));
    }

    /**
     * Books an office day for the signed-in agent. Booking a day already booked at the same site returns that booking
     * (a double-submitted request books once).
     *
     * @throws SelfServiceException bad input (past day, beyond the window, unknown site) or a refusing rule
     */
    @PreAuthorize("hasRole('AGENT')")
    public OfficeDay book(LocalDate date, String siteCode) {
        return bookFor(agents.myAgentId(), date, siteCode);
    }

    /**
     * Books for an agent the caller has already established (the signed-in agent, or the seat-booking benchmark's
     * agents); the same rules as {@link #book}.
     */
    public OfficeDay bookFor(long agentId, LocalDate date, String siteCode) {
        AgentFacts agent = agents.facts(agentId);
        SiteSeats site = site(siteCode);
        checkDate(agent, date);
        if (!agent.officeEligible()) {
            throw SelfServiceException.refused("site", "OFFICE_NOT_ALLOWED", Phrase.of("selfservice.refusal.home-only",
                    site.name()), Map.of());
        }
        if (site.id() != agent.siteId()) {
            throw SelfServiceException.refused("site", "OFFICE_NOT_ALLOWED", Phrase.of("selfservice.refusal.other-site",
                    agent.siteName(), site.name()), Map.of("allowedSite", agent.siteCode()));
        }
        if (timeOff.hasApprovedTimeOff(agentId, date)) {
            throw SelfServiceException.refused("date", "TIME_OFF", Phrase.of("selfservice.refusal.time-off", date),
                    Map.of());
        }
        OfficeDayRepository.Insert result = transaction.execute(status -> {
            bookings.lockAgent(agentId);
            if (bookings.find(agentId, date).isPresent()) {
                return OfficeDayRepository.Insert.ALREADY_BOOKED;
            }
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int inWeek = bookings.bookings(agentId, monday, monday.plusDays(6)).size();
            if (inWeek >= maxDaysPerWeek) {
                throw SelfServiceException.refused("date", "POLICY", Phrase.of("selfservice.refusal.policy-max", inWeek,
                        monday, maxDaysPerWeek), Map.of("officeDaysInWeek", inWeek,
                                "maxOfficeDaysPerWeek", maxDaysPerWeek));
            }
            OfficeDayRepository.Insert insert = bookings.insert(agentId, date, site.id());
            if (insert == OfficeDayRepository.Insert.SEATS_TAKEN) {
                status.setRollbackOnly();
                return insert;
            }
            audit.record("office_day_booking", agentId + "/" + date, AuditAction.CREATE,
                    Phrase.of("audit.office-day.booked", date, site.name()));
            return insert;
        });
        if (result == OfficeDayRepository.Insert.SEATS_TAKEN) {
            int booked = bookings.booked(site.id(), date, date).getOrDefault(date, 0);
            throw SelfServiceException.refused("date", "SEATS_TAKEN", Phrase.of("selfservice.refusal.seats-taken",
                    site.seats(), site.name(), date, booked), Map.of("seats", site.seats(),
                            "booked", booked, "site", site.code()));
        }
        OfficeDay booking = bookings.find(agentId, date).orElseThrow();
        if (!booking.siteCode().equals(site.code())) {
            throw SelfServiceException.refused("date", "ALREADY_BOOKED", Phrase.of("selfservice.refusal.already-booked",
                    date, booking.siteName()), Map.of());
        }
        return booking;
    }

    /**
     * Cancels one of the signed-in agent's office days; refused for a past day and when the week would keep fewer
     * office days than the contract asks.
     */
    @PreAuthorize("hasRole('AGENT')")
    public void cancel(LocalDate date) {
        AgentFacts me = agents.me();
        checkDate(me, date);
        transaction.executeWithoutResult(status -> {
            bookings.lockAgent(me.agentId());
            if (bookings.find(me.agentId(), date).isEmpty()) {
                throw new UnknownEntityException("date", Phrase.of("rest.unknown.office-day", date));
            }
            LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            int inWeek = bookings.bookings(me.agentId(), monday, monday.plusDays(6)).size();
            if (inWeek - 1 < me.minOfficeDaysPerWeek()) {
                throw SelfServiceException.refused("date", "POLICY", Phrase.of("selfservice.refusal.policy-min",
                        me.contractName(), me.minOfficeDaysPerWeek(), date, monday, inWeek - 1), Map.of("minOfficeDaysPerWeek", me.minOfficeDaysPerWeek(),
                                "officeDaysInWeek", inWeek));
            }
            bookings.delete(me.agentId(), date);
            audit.record("office_day_booking", me.agentId() + "/" + date, AuditAction.DELETE,
                    Phrase.of("audit.office-day.cancelled", date));
        });
    }

    private void checkDate(AgentFacts agent, LocalDate date) {
        if (date == null) {
            throw SelfServiceException.badInput("date", "DATE", Phrase.of("selfservice.refusal.day-missing"));
        }
        LocalDate today = LocalDate.now(clock.withZone(agent.zone()));
        if (date.isBefore(today)) {
            throw SelfServiceException.badInput("date", "PAST_DATE", Phrase.of("selfservice.refusal.day-past", date, today,
                    agent.siteName()));
        }
        if (date.isAfter(lastBookable(today))) {
            throw SelfServiceException.badInput("date", "OUTSIDE_WINDOW", Phrase.of("selfservice.refusal.beyond-window",
                    date, weeksAhead, lastBookable(today)));
        }
    }

    private LocalDate lastBookable(LocalDate today) {
        return today.plusWeeks(weeksAhead);
    }

    private SiteSeats site(String siteCode) {
        if (siteCode == null || siteCode.isBlank()) {
            throw SelfServiceException.badInput("site", "SITE", Phrase.of("selfservice.refusal.site-missing"));
        }
        return agents.site(siteCode.strip().toUpperCase(java.util.Locale.ROOT)).orElseThrow(() ->
                SelfServiceException.badInput("site", "UNKNOWN_SITE", Phrase.of("selfservice.refusal.site-unknown",
                        siteCode)));
    }
}
