package dev.frontline.roster.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterTerms;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.shared.text.Messages;
import dev.frontline.shared.text.Phrase;

/**
 * Renders the roster engine's explanations ({@link Phrase}s whose arguments are {@link RosterTerms}) in a planner's
 * language and words: "Mon 14 Dec" for a day index, "in the week of Mon 14 Dec" for a week, "Ayşe Kaya" for an
 * employee number, "Early 07:00–15:00" for a shift id such as {@code EARLY-0700-480}, "Office, Istanbul" for a site,
 * "Billing – Turkish – voice" for a queue, and scores and rule names in words instead of {@code -22hard/-7954soft}.
 */
public final class PlannerWording {

    private final LocalDate firstDay;
    private final Locale locale;
    private final DateTimeFormatter dateFormat;
    private final Map<String, String> agents = new HashMap<>();
    private final Map<String, ShiftType> shifts = new HashMap<>();
    private final Map<String, String> templates = new HashMap<>();
    private final Map<String, String> queues = new HashMap<>();
    private final Map<String, String> sites = new HashMap<>();

    public PlannerWording(Roster roster, Locale locale) {
        this.firstDay = roster.getStartDate();
        this.locale = locale;
        this.dateFormat = DateTimeFormatter.ofPattern("EEE d MMM", locale);
        for (Site site : roster.getSites()) {
            sites.put(site.id(), site.name());
        }
        for (Queue queue : roster.getQueues()) {
            queues.put(queue.id(), queue.name());
        }
        for (ShiftType shift : roster.getShiftTypes()) {
            shifts.put(shift.id(), shift);
            templates.put(shift.group(), shift.groupName());
        }
        for (Agent agent : roster.getAgents()) {
            agents.put(agent.id(), agent.name());
        }
    }

    /** "Mon 14 Dec" in the user's language. */
    public String date(LocalDate date) {
        return date.format(dateFormat);
    }

    /** The date of a day counted from the roster's first day. */
    public String day(int day) {
        return date(firstDay.plusDays(day));
    }

    /** An agent's name; the id itself when the roster has none by that id. */
    public String name(String agentId) {
        return agentId == null ? "" : agents.getOrDefault(agentId, agentId);
    }

    /** "Early 07:00–15:00": the template's name and the shift's clock times; the id when the roster does not know it. */
    public String shift(String shiftTypeId) {
        ShiftType shift = shiftTypeId == null ? null : shifts.get(shiftTypeId);
        return shift == null ? String.valueOf(shiftTypeId) : shift(shift, locale);
    }

    public static String shift(ShiftType shift, Locale locale) {
        return Messages.format(locale, "roster.shift-label", shift.groupName(), clock(shift.startMinute()),
                clock(shift.endMinute() % (24 * 60)));
    }

    /** "07:30" for a minute of the day. */
    public static String clock(int minuteOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    /** "Home" or "Office, Istanbul". */
    public String place(WorkLocation location) {
        return location == null || !location.isOffice() ? Messages.format(locale, "roster.place.home")
                : office(location.site().id());
    }

    public String office(String siteId) {
        return Messages.format(locale, "roster.place.office", sites.getOrDefault(siteId, siteId));
    }

    public String queue(String queueId) {
        return queueId == null ? "" : queues.getOrDefault(queueId, queueId);
    }

    /**
     * Where one skill group's agents went in an interval: "12 cross-skilled agents: 9 on Billing – Turkish – voice, 3
     * on Tech support – Turkish – chat", or "4 agents on Billing – Turkish – voice only".
     */
    public String allocation(RosterExplainer.GroupAllocation group) {
        if (!group.crossSkilled()) {
            return Messages.format(locale, "roster.interval.allocation.single", group.agents(), queue(group.queueIds().get(0)));
        }
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < group.queueIds().size(); j++) {
            if (group.agentsOnQueue().get(j) > 0) {
                parts.add(Messages.format(locale, "roster.interval.allocation.part", group.agentsOnQueue().get(j),
                        queue(group.queueIds().get(j))));
            }
        }
        return Messages.format(locale, "roster.interval.allocation", group.agents(), String.join(", ", parts));
    }

    /** The engine's sentence in the planner's language and words. */
    public String sentence(Phrase phrase) {
        return phrase == null ? "" : phrase.render(locale, this::resolve);
    }

    /** A rule's name in the planner's language. */
    public String rule(String constraint) {
        return rule(constraint, locale);
    }

    public static String rule(String constraint, Locale locale) {
        String key = "roster.rule." + constraint.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return Messages.pattern(key, locale).isPresent() ? Messages.format(locale, key) : constraint;
    }

    /** "2 broken rules, 7,954 penalty points" instead of "-2hard/-7954soft". */
    public static String score(HardSoftLongScore score, Locale locale) {
        if (score == null) {
            return "–";
        }
        return Messages.format(locale, "roster.score.words", Math.abs(score.hardScore()), Math.abs(score.softScore()));
    }

    /** What a change does to the score in words: "Rule breaks +1 · Penalty -120" (negative: better). */
    public static String change(HardSoftLongScore delta, Locale locale) {
        return delta == null ? "–" : Messages.format(locale, "roster.score.change", -delta.hardScore(), -delta.softScore());
    }

    /** One breach's cost in words: "3 hard points" or "120 penalty points". */
    public static String cost(HardSoftLongScore cost, Locale locale) {
        return cost.hardScore() != 0 ? Messages.format(locale, "roster.explain.cost-hard", Math.abs(cost.hardScore()))
                : Messages.format(locale, "roster.explain.cost-soft", Math.abs(cost.softScore()));
    }

    private Object resolve(Object arg) {
        return switch (arg) {
            case RosterTerms.AgentRef a -> name(a.id());
            case RosterTerms.DayRef d -> day(d.day());
            case RosterTerms.WeekRef w -> Phrase.of("roster.why.week", day(w.week() * 7));
            case RosterTerms.ShiftRef s -> shift(s.id());
            case RosterTerms.TemplateRef t -> templates.getOrDefault(t.code(), t.code());
            case RosterTerms.PlaceRef p -> place(p.location());
            case RosterTerms.OfficeRef o -> office(o.siteId());
            case RosterTerms.TeamRef t -> t.code();
            case RosterTerms.QueueRef q -> queue(q.id());
            case RosterTerms.Hours h -> Messages.format(locale, "roster.hours", h.clock());
            case RosterTerms.Clock c -> c.text();
            case RosterTerms.Weekday w -> w.day().getDisplayName(TextStyle.FULL, locale);
            default -> arg;
        };
    }
}
