package dev.frontline.roster.persistence;

import static dev.frontline.db.Tables.AGENT;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY;
import static dev.frontline.db.Tables.AGENT_AVAILABILITY_EXCEPTION;
import static dev.frontline.db.Tables.AGENT_DAY_PREFERENCE;
import static dev.frontline.db.Tables.AGENT_LOCATION_PREFERENCE;
import static dev.frontline.db.Tables.AGENT_SKILL;
import static dev.frontline.db.Tables.CONTRACT;
import static dev.frontline.db.Tables.CONTRACT_SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.FORECAST_VERSION;
import static dev.frontline.db.Tables.OFFICE_DAY_BOOKING;
import static dev.frontline.db.Tables.QUEUE;
import static dev.frontline.db.Tables.REQUIREMENT_INTERVAL;
import static dev.frontline.db.Tables.REQUIREMENT_VERSION;
import static dev.frontline.db.Tables.ROSTER_CONSTRAINT_WEIGHT;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE;
import static dev.frontline.db.Tables.SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR;
import static dev.frontline.db.Tables.SITE;
import static dev.frontline.db.Tables.TEAM;
import static dev.frontline.db.Tables.TIME_OFF;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.RequestStatus;
import dev.frontline.roster.engine.AgentWishWeight;
import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.BreakRule;
import dev.frontline.roster.engine.Channel;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.DemandIndex;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.roster.service.RosterInputException;
import dev.frontline.roster.service.RosterScenario;
import dev.frontline.roster.service.RosterWishSource;
import dev.frontline.roster.service.VersionUsed;
import dev.frontline.shared.text.Phrase;
import dev.frontline.training.ProficiencyOnDate;

/**
 * Reads a rostering problem for whole weeks from the master data, the agents' wishes and the newest staffing
 * requirements (see docs/roster.md, "Loading a roster from the database", for every mapping).
 */
@Repository
public class RosterScenarioRepository {

    /** Weight of working on a day the agent booked an office seat (a strong wish: the top of a wish's 1-100 range). */
    static final int OFFICE_BOOKING_WEIGHT = AgentWishWeight.of(100);


    private final DSLContext ctx;
    private final List<RosterWishSource> wishSources;
    private final ProficiencyOnDate proficiencyOnDate;
    private final TrainingNeedRepository trainingNeeds;

    RosterScenarioRepository(DSLContext ctx, List<RosterWishSource> wishSources, ProficiencyOnDate proficiencyOnDate,
            TrainingNeedRepository trainingNeeds) {
        this.ctx = ctx;
        this.trainingNeeds = trainingNeeds;
        this.wishSources = List.copyOf(wishSources);
        this.proficiencyOnDate = proficiencyOnDate;
    }

    /** One shift template expanded into the engine's shift types. */
    private record Template(long id, String code, List<ShiftType> shiftTypes) {
    }

    public RosterScenario load(String name, LocalDate firstDay, LocalDate lastDay) {
        checkPeriod(firstDay, lastDay);
        int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
        List<String> notes = new ArrayList<>();
        var siteRows = ctx.selectFrom(SITE).orderBy(SITE.ID).fetch();
        if (siteRows.isEmpty()) {
            throw new RosterInputException(Phrase.of("roster.error.no-site"));
        }
        ZoneId zone = ZoneId.of(siteRows.get(0).getTimeZone());
        RosterBuilder builder = new RosterBuilder(name, firstDay, days);

        Map<Long, Site> sites = new HashMap<>();
        Map<String, Long> siteIds = new LinkedHashMap<>();
        Map<String, Site> sitesByCode = new LinkedHashMap<>();
        for (var s : siteRows) {
            Site site = new Site(s.getCode(), s.getName(), s.getOfficeSeats());
            builder.site(site);
            sites.put(s.getId(), site);
            siteIds.put(s.getCode(), s.getId());
            sitesByCode.put(s.getCode(), site);
        }

        Map<Long, Queue> queuesBySkill = new HashMap<>();
        Map<Long, Queue> queues = new LinkedHashMap<>();
        for (var q : ctx.selectFrom(QUEUE).orderBy(QUEUE.ID).fetch()) {
            Queue queue = new Queue(q.getCode(), q.getName(), Channel.valueOf(q.getChannel().getLiteral()), q.getPriority());
            builder.queue(queue);
            queues.put(q.getId(), queue);
            queuesBySkill.put(q.getSkillId(), queue);
        }

        Map<Long, Template> templates = templates(builder);
        Map<String, Long> shiftTemplates = new LinkedHashMap<>();
        templates.values().forEach(t -> t.shiftTypes().forEach(s -> shiftTemplates.put(s.id(), t.id())));

        var agentRows = ctx.select(AGENT.ID, AGENT.EMPLOYEE_NUMBER, AGENT.FIRST_NAME, AGENT.LAST_NAME, AGENT.CONTRACT_ID,
                        AGENT.HOME_SITE_ID, AGENT.OFFICE_ELIGIBLE, TEAM.CODE, TEAM.LEAD_AGENT_ID)
                .from(AGENT).leftJoin(TEAM).on(TEAM.ID.eq(AGENT.TEAM_ID))
                .where(AGENT.STATUS.eq(AgentStatus.ACTIVE)).and(AGENT.HIRE_DATE.le(lastDay))
                .orderBy(AGENT.EMPLOYEE_NUMBER)
                .fetch();
        if (agentRows.isEmpty()) {
            throw new RosterInputException(Phrase.of("roster.error.no-agent", lastDay));
        }
        Map<Long, List<Double>> unusedProficiency = new HashMap<>();
        Map<Long, Map<Queue, Double>> skills = new HashMap<>();
        // proficiency as it stands on the roster's first day, ramped after training (docs/training.md)
        var proficiencies = proficiencyOnDate.on(firstDay);
        for (var s : ctx.selectFrom(AGENT_SKILL).fetch()) {
            Queue queue = queuesBySkill.get(s.getSkillId());
            if (queue == null) {
                unusedProficiency.computeIfAbsent(s.getAgentId(), a -> new ArrayList<>()).add(s.getProficiency().doubleValue());
                continue;
            }
            skills.computeIfAbsent(s.getAgentId(), a -> new LinkedHashMap<>()).put(queue,
                    proficiencies.of(s.getAgentId(), s.getSkillId(), s.getProficiency().doubleValue()));
        }
        Map<Long, Map<Long, Integer>> allowedTemplates = new HashMap<>();
        for (var link : ctx.selectFrom(CONTRACT_SHIFT_TEMPLATE).fetch()) {
            allowedTemplates.computeIfAbsent(link.getContractId(), c -> new LinkedHashMap<>())
                    .put(link.getTemplateId(), link.getMaxShiftsPer_4Weeks());
        }
        Map<Long, dev.frontline.db.tables.records.ContractRecord> contracts = new HashMap<>();
        ctx.selectFrom(CONTRACT).fetch().forEach(c -> contracts.put(c.getId(), c));

        Map<String, Long> agentIds = new LinkedHashMap<>();
        Map<Long, Agent> agents = new HashMap<>();
        Set<String> contractsWithoutTemplates = new java.util.TreeSet<>();
        for (Record a : agentRows) {
            long agentId = a.get(AGENT.ID);
            var contract = contracts.get(a.get(AGENT.CONTRACT_ID));
            Map<Long, Integer> allowed = allowedTemplates.getOrDefault(contract.getId(), Map.of());
            if (allowed.isEmpty()) {
                contractsWithoutTemplates.add(contract.getCode());
                continue;
            }
            List<ShiftType> shiftTypes = new ArrayList<>();
            Map<String, Integer> caps = new HashMap<>();
            Map<String, Phrase> capNotes = new HashMap<>();
            allowed.forEach((templateId, maxPer4Weeks) -> {
                Template template = templates.get(templateId);
                shiftTypes.addAll(template.shiftTypes());
                if (maxPer4Weeks != null) {
                    // the cap covers all shift types of the template (their group), scaled from 4 weeks to the horizon
                    caps.put(template.code(), (int) Math.ceil(maxPer4Weeks * days / 28.0));
                    capNotes.put(template.code(), Phrase.of("roster.why.cap-note", contract.getCode(), maxPer4Weeks, days));
                }
            });
            Site homeSite = sites.get(a.get(AGENT.HOME_SITE_ID));
            boolean office = a.get(AGENT.OFFICE_ELIGIBLE) && homeSite.seats() > 0;
            List<WorkLocation> locations = office ? List.of(WorkLocation.HOME, WorkLocation.office(homeSite))
                    : List.of(WorkLocation.HOME);
            String employeeNumber = a.get(AGENT.EMPLOYEE_NUMBER);
            Long leadId = a.get(TEAM.LEAD_AGENT_ID);
            Agent agent = new Agent(employeeNumber, a.get(AGENT.FIRST_NAME) + " " + a.get(AGENT.LAST_NAME),
                    contract(contract, days, office), skills.getOrDefault(agentId, Map.of()), a.get(TEAM.CODE),
                    leadId != null && leadId == agentId, locations, shiftTypes, caps, capNotes);
            builder.agent(agent);
            agentIds.put(employeeNumber, agentId);
            agents.put(agentId, agent);
        }
        if (!contractsWithoutTemplates.isEmpty()) {
            throw new RosterInputException(Phrase.of("roster.error.no-templates", List.copyOf(contractsWithoutTemplates)));
        }
        if (!unusedProficiency.isEmpty()) {
            notes.add(unusedProficiency.size() + " agents hold skills that no queue asks for; those skills are ignored");
        }

        availability(builder, agents, firstDay, days, notes);
        timeOff(builder, agents, firstDay, lastDay);
        preferences(builder, agents, firstDay, days);
        List<Long> requirementVersionIds = demand(builder, queues, firstDay, lastDay, zone);
        weights(builder);
        Map<Long, String> engineIds = new HashMap<>();
        agentIds.forEach((engineId, id) -> engineIds.put(id, engineId));
        var training = trainingNeeds.addNeeds(builder, firstDay, lastDay, zone, engineIds);
        RosterScenario scenario = new RosterScenario(builder, firstDay, lastDay, zone, agentIds, shiftTemplates, siteIds,
                sitesByCode, requirementVersionIds, notes, training);
        wishSources.forEach(source -> source.addWishes(scenario));
        return scenario;
    }

    /**
     * Required agents (scheduled, i.e. after shrinkage) per queue code and 15-minute interval of the horizon, in
     * thousandths, of the given requirement versions; used to tell which days a new requirement changed.
     */
    public Map<String, long[]> requiredMilliPerDay(List<Long> requirementVersionIds, LocalDate firstDay, LocalDate lastDay,
            ZoneId zone) {
        int days = (int) (lastDay.toEpochDay() - firstDay.toEpochDay()) + 1;
        Map<String, long[]> perDay = new TreeMap<>();
        if (requirementVersionIds.isEmpty()) {
            return perDay;
        }
        OffsetDateTime from = firstDay.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        ctx.select(QUEUE.CODE, FORECAST_VERSION.GRAIN_MINUTES, REQUIREMENT_INTERVAL.INTERVAL_START,
                        REQUIREMENT_INTERVAL.SCHEDULED_AGENTS)
                .from(REQUIREMENT_INTERVAL)
                .join(REQUIREMENT_VERSION).on(REQUIREMENT_VERSION.ID.eq(REQUIREMENT_INTERVAL.REQUIREMENT_VERSION_ID))
                .join(FORECAST_VERSION).on(FORECAST_VERSION.ID.eq(REQUIREMENT_VERSION.FORECAST_VERSION_ID))
                .join(QUEUE).on(QUEUE.ID.eq(FORECAST_VERSION.QUEUE_ID))
                .where(REQUIREMENT_INTERVAL.REQUIREMENT_VERSION_ID.in(requirementVersionIds))
                .and(REQUIREMENT_INTERVAL.INTERVAL_START.ge(from)).and(REQUIREMENT_INTERVAL.INTERVAL_START.lt(to))
                .forEach(r -> {
                    LocalDate date = r.value3().atZoneSameInstant(zone).toLocalDate();
                    int day = (int) (date.toEpochDay() - firstDay.toEpochDay());
                    long milli = Math.round(r.value4().doubleValue() * 1000) * (r.value2() / DemandIndex.INTERVAL_MINUTES);
                    perDay.computeIfAbsent(r.value1(), q -> new long[days])[day] += milli;
                });
        return perDay;
    }

    private static void checkPeriod(LocalDate firstDay, LocalDate lastDay) {
        if (firstDay == null || lastDay == null) {
            throw new RosterInputException("period", Phrase.of("roster.error.period-missing"));
        }
        if (firstDay.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new RosterInputException("period", Phrase.of("roster.error.period-monday", firstDay,
                    firstDay.getDayOfWeek()));
        }
        if (lastDay.getDayOfWeek() != DayOfWeek.SUNDAY || lastDay.isBefore(firstDay)) {
            throw new RosterInputException("period", Phrase.of("roster.error.period-sunday", lastDay, firstDay));
        }
        if (lastDay.toEpochDay() - firstDay.toEpochDay() + 1 > 8 * 7) {
            throw new RosterInputException("period", Phrase.of("roster.error.period-long", firstDay, lastDay, 8));
        }
    }

    private static Contract contract(dev.frontline.db.tables.records.ContractRecord c, int days, boolean office) {
        int weeks = (days + 6) / 7;
        Integer overtime = c.getOvertimeAfterMinutesPerWeek();
        // a day of approved leave counts as a fifth of the weekly minimum, so leave never breaks the minimum
        int leaveCredit = Math.round(c.getMinMinutesPerWeek() / 5f);
        return Contract.unrestricted(c.getCode() + (office ? "" : "-HOME"))
                .withWeeklyMinutes(c.getMinMinutesPerWeek(), c.getMaxMinutesPerWeek())
                .withConsecutive(c.getMaxConsecutiveWorkingDays(), c.getMinConsecutiveWorkingDays(),
                        c.getMinConsecutiveDaysOff())
                .withMaxWeekends((int) Math.ceil(c.getMaxWeekendsPer_4Weeks() * weeks / 4.0))
                .withMinRestMinutes(c.getMinRestMinutes())
                .withTimeOffCreditMinutes(leaveCredit)
                .withOvertimeAfterMinutesPerWeek(overtime == null ? Contract.UNLIMITED : overtime)
                // an agent who may not use an office cannot keep an office-days clause
                .withMinOfficeDaysPerWeek(office ? c.getMinOfficeDaysPerWeek() : 0)
                .withNightRules(minute(c.getNightStartsAt()), minute(c.getNightEndsAt()), c.getMaxNightShiftsPerWeek());
    }

    private Map<Long, Template> templates(RosterBuilder builder) {
        Map<Long, Set<Long>> successors = new HashMap<>();
        ctx.selectFrom(SHIFT_TEMPLATE_FORBIDDEN_SUCCESSOR).fetch()
                .forEach(f -> successors.computeIfAbsent(f.getTemplateId(), t -> new HashSet<>()).add(f.getSuccessorId()));
        var rows = ctx.selectFrom(SHIFT_TEMPLATE)
                .where(SHIFT_TEMPLATE.ID.in(ctx.select(CONTRACT_SHIFT_TEMPLATE.TEMPLATE_ID).from(CONTRACT_SHIFT_TEMPLATE)))
                .orderBy(SHIFT_TEMPLATE.EARLIEST_START, SHIFT_TEMPLATE.CODE).fetch();
        Map<Long, List<String>> ids = new HashMap<>();
        for (var t : rows) {
            List<String> typeIds = new ArrayList<>();
            for (int start = minute(t.getEarliestStart()); start <= minute(t.getLatestStart()); start += t.getStartStepMinutes()) {
                for (Integer length : t.getLengthsMinutes()) {
                    typeIds.add(shiftTypeId(t.getCode(), start, length));
                }
            }
            ids.put(t.getId(), typeIds);
        }
        Map<Long, Template> templates = new LinkedHashMap<>();
        for (var t : rows) {
            Set<String> forbidden = new HashSet<>();
            successors.getOrDefault(t.getId(), Set.of()).forEach(s -> forbidden.addAll(ids.getOrDefault(s, List.of())));
            BreakRule breaks = new BreakRule(t.getBreakCount(), t.getBreakMinutes(), t.getLunchMinutes(),
                    t.getBreakEarliestAfterStart(), t.getBreakLatestBeforeEnd(), t.getMinMinutesBetweenBreaks());
            List<ShiftType> shiftTypes = new ArrayList<>();
            for (int start = minute(t.getEarliestStart()); start <= minute(t.getLatestStart()); start += t.getStartStepMinutes()) {
                for (Integer length : t.getLengthsMinutes()) {
                    ShiftType shiftType = new ShiftType(shiftTypeId(t.getCode(), start, length), start, length, forbidden, breaks,
                            t.getCode(), t.getName());
                    builder.shiftType(shiftType);
                    shiftTypes.add(shiftType);
                }
            }
            templates.put(t.getId(), new Template(t.getId(), t.getCode(), shiftTypes));
        }
        return templates;
    }

    /** Shift type ids name the template, start and length, e.g. {@code EARLY-0700-480}. */
    public static String shiftTypeId(String templateCode, int startMinute, int lengthMinutes) {
        return String.format(java.util.Locale.ROOT, "%s-%02d%02d-%d", templateCode, startMinute / 60, startMinute % 60,
                lengthMinutes);
    }

    private void availability(RosterBuilder builder, Map<Long, Agent> agents, LocalDate firstDay, int days, List<String> notes) {
        Map<Long, Map<Integer, List<int[]>>> weekly = new HashMap<>();
        for (var w : ctx.selectFrom(AGENT_AVAILABILITY).fetch()) {
            weekly.computeIfAbsent(w.getAgentId(), a -> new HashMap<>())
                    .computeIfAbsent((int) w.getWeekday(), d -> new ArrayList<>())
                    .add(new int[] {minute(w.getAvailableFrom()), minute(w.getAvailableTo())});
        }
        Map<Long, Map<Integer, dev.frontline.db.tables.records.AgentAvailabilityExceptionRecord>> exceptions = new HashMap<>();
        for (var e : ctx.selectFrom(AGENT_AVAILABILITY_EXCEPTION)
                .where(AGENT_AVAILABILITY_EXCEPTION.ON_DATE.between(firstDay, firstDay.plusDays(days - 1L))).fetch()) {
            exceptions.computeIfAbsent(e.getAgentId(), a -> new HashMap<>())
                    .put((int) (e.getOnDate().toEpochDay() - firstDay.toEpochDay()), e);
        }
        int limited = 0;
        for (Map.Entry<Long, Agent> entry : agents.entrySet()) {
            Agent agent = entry.getValue();
            Map<Integer, List<int[]>> week = weekly.get(entry.getKey());
            var dated = exceptions.getOrDefault(entry.getKey(), Map.of());
            if (week == null && dated.isEmpty()) {
                continue;
            }
            limited++;
            for (int day = 0; day < days; day++) {
                var exception = dated.get(day);
                List<int[]> windows;
                String reason;
                if (exception != null) {
                    windows = exception.getAvailable()
                            ? List.<int[]>of(new int[] {minute(exception.getAvailableFrom()), minute(exception.getAvailableTo())})
                            : List.of();
                    reason = exception.getReason() == null ? "" : exception.getReason();
                } else if (week != null) {
                    windows = week.getOrDefault(firstDay.plusDays(day).getDayOfWeek().getValue(), List.of());
                    reason = "";
                } else {
                    continue;
                }
                List<String> allowed = new ArrayList<>();
                for (ShiftType s : agent.shiftTypes()) {
                    if (windows.stream().anyMatch(w -> s.startMinute() >= w[0] && s.endMinute() <= w[1])) {
                        allowed.add(s.id());
                    }
                }
                if (allowed.size() < agent.shiftTypes().size()) {
                    builder.availability(agent.id(), day, allowed, reason);
                }
            }
        }
        if (limited > 0) {
            notes.add(limited + " agents have a weekly availability or dated exceptions that limit their shifts");
        }
    }

    /**
     * Approved time off, day by day, as the agent's own leave ({@code TimeOff.leave()}): every row of {@code time_off}
     * is a request an agent made (vacation, personal, sick, training, other) and a planner approved, so the
     * consecutive-day minimums do not hold across it (docs/roster.md, *Leave and the consecutive-day rules*).
     */
    private void timeOff(RosterBuilder builder, Map<Long, Agent> agents, LocalDate firstDay, LocalDate lastDay) {
        Set<String> seen = new HashSet<>();
        for (var t : ctx.selectFrom(TIME_OFF).where(TIME_OFF.STATUS.eq(RequestStatus.APPROVED))
                .and(TIME_OFF.FIRST_DAY.le(lastDay)).and(TIME_OFF.LAST_DAY.ge(firstDay)).orderBy(TIME_OFF.ID).fetch()) {
            Agent agent = agents.get(t.getAgentId());
            if (agent == null) {
                continue;
            }
            LocalDate from = t.getFirstDay().isBefore(firstDay) ? firstDay : t.getFirstDay();
            LocalDate to = t.getLastDay().isAfter(lastDay) ? lastDay : t.getLastDay();
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                int day = (int) (d.toEpochDay() - firstDay.toEpochDay());
                if (seen.add(agent.id() + "#" + day)) {
                    // an approved request of the agent's own: the consecutive-day minimums do not hold across it
                    builder.timeOff(agent.id(), day, t.getKind().toLowerCase(java.util.Locale.ROOT), true);
                }
            }
        }
    }

    private void preferences(RosterBuilder builder, Map<Long, Agent> agents, LocalDate firstDay, int days) {
        for (var p : ctx.selectFrom(AGENT_DAY_PREFERENCE).fetch()) {
            Agent agent = agents.get(p.getAgentId());
            if (agent == null) {
                continue;
            }
            for (int day = 0; day < days; day++) {
                if (firstDay.plusDays(day).getDayOfWeek().getValue() == p.getWeekday()) {
                    builder.shiftRequest(agent.id(), day, null, p.getWantsToWork(), AgentWishWeight.of(p.getWeight()));
                    if (p.getPreferredStart() != null) {
                        builder.startPreference(agent.id(), day, minute(p.getPreferredStart()), AgentWishWeight.of(p.getWeight()));
                    }
                }
            }
        }
        // an office day an agent booked (self-service) is a strong wish to work that day, and to work it in the office:
        // seats are held for them (a dated location preference outweighs any wish of theirs for the same date)
        LocalDate lastDay = firstDay.plusDays(days - 1L);
        for (var b : ctx.selectFrom(OFFICE_DAY_BOOKING).where(OFFICE_DAY_BOOKING.WORK_DATE.between(firstDay, lastDay)).fetch()) {
            Agent agent = agents.get(b.getAgentId());
            if (agent != null) {
                int day = (int) (b.getWorkDate().toEpochDay() - firstDay.toEpochDay());
                builder.shiftRequest(agent.id(), day, null, true, OFFICE_BOOKING_WEIGHT);
                agent.locations().stream().filter(WorkLocation::isOffice).findFirst()
                        .ifPresent(office -> builder.locationPreference(agent.id(), day, office, OFFICE_BOOKING_WEIGHT));
            }
        }
        for (var p : ctx.selectFrom(AGENT_LOCATION_PREFERENCE).fetch()) {
            Agent agent = agents.get(p.getAgentId());
            if (agent == null) {
                continue;
            }
            WorkLocation wanted = p.getAtHome() ? WorkLocation.HOME
                    : agent.locations().stream().filter(WorkLocation::isOffice).findFirst().orElse(null);
            if (wanted != null) {
                builder.locationPreference(agent.id(), DayOfWeek.of(p.getWeekday()), wanted, AgentWishWeight.of(p.getWeight()));
            }
        }
    }

    private List<Long> demand(RosterBuilder builder, Map<Long, Queue> queues, LocalDate firstDay, LocalDate lastDay,
            ZoneId zone) {
        List<Long> versionIds = new ArrayList<>();
        List<Object> missing = new ArrayList<>();
        OffsetDateTime from = firstDay.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime to = lastDay.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        for (Map.Entry<Long, Queue> entry : queues.entrySet()) {
            Queue queue = entry.getValue();
            var forecast = ctx.select(FORECAST_VERSION.ID, FORECAST_VERSION.GRAIN_MINUTES).from(FORECAST_VERSION)
                    .where(FORECAST_VERSION.QUEUE_ID.eq(entry.getKey()))
                    .and(FORECAST_VERSION.HORIZON_START.le(firstDay)).and(FORECAST_VERSION.HORIZON_END.gt(lastDay))
                    .orderBy(FORECAST_VERSION.CREATED_AT.desc(), FORECAST_VERSION.ID.desc()).limit(1).fetchOptional();
            var requirement = forecast.flatMap(f -> ctx.select(REQUIREMENT_VERSION.ID).from(REQUIREMENT_VERSION)
                    .where(REQUIREMENT_VERSION.FORECAST_VERSION_ID.eq(f.value1()))
                    .orderBy(REQUIREMENT_VERSION.CREATED_AT.desc(), REQUIREMENT_VERSION.ID.desc()).limit(1)
                    .fetchOptional(REQUIREMENT_VERSION.ID));
            if (forecast.isEmpty()) {
                missing.add(Phrase.of("roster.error.missing.queue", queue.name(), MissingDays.describe(missingDays(entry.getKey(),
                        firstDay, lastDay))));
                continue;
            }
            if (requirement.isEmpty()) {
                missing.add(Phrase.of("roster.error.missing.requirements", queue.name()));
                continue;
            }
            versionIds.add(requirement.get());
            int grain = forecast.get().value2();
            // the largest value wins where the clock goes back and two intervals share a local time
            Map<Integer, Double> perInterval = new TreeMap<>();
            ctx.select(REQUIREMENT_INTERVAL.INTERVAL_START, REQUIREMENT_INTERVAL.SCHEDULED_AGENTS).from(REQUIREMENT_INTERVAL)
                    .where(REQUIREMENT_INTERVAL.REQUIREMENT_VERSION_ID.eq(requirement.get()))
                    .and(REQUIREMENT_INTERVAL.INTERVAL_START.ge(from)).and(REQUIREMENT_INTERVAL.INTERVAL_START.lt(to))
                    .forEach(r -> {
                        LocalDateTime local = r.value1().atZoneSameInstant(zone).toLocalDateTime();
                        int day = (int) (local.toLocalDate().toEpochDay() - firstDay.toEpochDay());
                        int minute = local.getHour() * 60 + local.getMinute();
                        for (int m = minute - minute % DemandIndex.INTERVAL_MINUTES; m < minute + grain && m < 24 * 60;
                                m += DemandIndex.INTERVAL_MINUTES) {
                            perInterval.merge(day * 24 * 60 + m, r.value2().doubleValue(), Math::max);
                        }
                    });
            perInterval.forEach((minute, agents) -> builder.requirement(queue.id(), minute / (24 * 60), minute % (24 * 60), agents));
        }
        if (!missing.isEmpty()) {
            throw new RosterInputException(Phrase.of("roster.error.no-requirements", missing));
        }
        return versionIds;
    }

    /**
     * The days of the period that no requirement of the queue covers (a forecast version whose horizon holds the day
     * and which has requirements). A roster needs one forecast over the whole period, so this may be empty when
     * pieces of the period are covered by different forecasts.
     */
    private List<LocalDate> missingDays(long queueId, LocalDate firstDay, LocalDate lastDay) {
        Set<LocalDate> covered = new HashSet<>();
        ctx.select(FORECAST_VERSION.HORIZON_START, FORECAST_VERSION.HORIZON_END).from(FORECAST_VERSION)
                .where(FORECAST_VERSION.QUEUE_ID.eq(queueId))
                .and(FORECAST_VERSION.HORIZON_START.le(lastDay)).and(FORECAST_VERSION.HORIZON_END.gt(firstDay))
                .andExists(ctx.selectOne().from(REQUIREMENT_VERSION)
                        .where(REQUIREMENT_VERSION.FORECAST_VERSION_ID.eq(FORECAST_VERSION.ID)))
                .forEach(r -> r.value1().datesUntil(r.value2()).forEach(covered::add));
        return firstDay.datesUntil(lastDay.plusDays(1)).filter(d -> !covered.contains(d)).toList();
    }

    /**
     * The forecast and requirement versions behind the given requirement versions, with their queue, in queue order:
     * what a roster was built from.
     */
    public List<VersionUsed> versionsUsed(List<Long> requirementVersionIds) {
        if (requirementVersionIds.isEmpty()) {
            return List.of();
        }
        return ctx.select(QUEUE.CODE, QUEUE.NAME, FORECAST_VERSION.ID, FORECAST_VERSION.CREATED_AT, REQUIREMENT_VERSION.ID,
                        REQUIREMENT_VERSION.CREATED_AT)
                .from(REQUIREMENT_VERSION)
                .join(FORECAST_VERSION).on(FORECAST_VERSION.ID.eq(REQUIREMENT_VERSION.FORECAST_VERSION_ID))
                .join(QUEUE).on(QUEUE.ID.eq(FORECAST_VERSION.QUEUE_ID))
                .where(REQUIREMENT_VERSION.ID.in(requirementVersionIds))
                .orderBy(QUEUE.CODE)
                .fetch(r -> new VersionUsed(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    private void weights(RosterBuilder builder) {
        for (var w : ctx.selectFrom(ROSTER_CONSTRAINT_WEIGHT).fetch()) {
            if (RosterConstraints.SOFT.contains(w.getConstraintName())) {
                builder.constraintWeight(w.getConstraintName(), HardSoftLongScore.ofSoft(w.getWeight()));
            }
        }
    }

    private static int minute(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
