package dev.frontline.roster.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.CountableValueRange;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeFactory;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One agent on one day of the horizon: the shift worked (null = day off) and where. One entity per agent and day makes
 * "one shift per agent per day" true by construction and lets moves swap whole days between agents.
 */
@PlanningEntity
public class AgentDay {

    private static final CountableValueRange<Integer> BUCKETS =
            ValueRangeFactory.createIntValueRange(0, BreakPlanner.STAGGER_BUCKETS);

    @PlanningId
    private String id;
    private Agent agent;
    private int day;
    private int horizonDays;
    private LocalDate date;
    private int creditedMinutes;
    private DemandIndex demandIndex;
    /** The agent's shift types less those outside the day's availability, none on time off; null = all of them. */
    private List<ShiftType> offeredShifts;

    @PlanningVariable(valueRangeProviderRefs = "shiftRange", allowsUnassigned = true)
    private ShiftType shift;
    @PlanningVariable(valueRangeProviderRefs = "locationRange")
    private WorkLocation location;
    /**
     * Which of the {@value BreakPlanner#STAGGER_BUCKETS} staggered placements the shift's breaks take (see
     * {@link BreakPlanner}). A variable so that the search can move breaks to where coverage affords them without
     * moving the shift; it starts at the hash of agent and day, the placement rosters had before it was one.
     */
    @PlanningVariable(valueRangeProviderRefs = "breakBucketRange")
    private Integer breakBucket;
    @PlanningPin
    private boolean pinned;
    /** The presence of the last shift asked for: breaks are placed once per shift, not once per score. */
    private ShiftType presenceShift;
    private int presenceBucket;
    private int[] presence;

    public AgentDay() {
    }

    /**
     * @param creditedMinutes minutes this day counts towards the minutes rules without a shift (paid time off)
     */
    public AgentDay(Agent agent, int day, int horizonDays, LocalDate date, int creditedMinutes, DemandIndex demandIndex) {
        this.id = agent.id() + "#" + day;
        this.agent = agent;
        this.day = day;
        this.horizonDays = horizonDays;
        this.date = date;
        this.creditedMinutes = creditedMinutes;
        this.demandIndex = demandIndex;
        this.location = agent.locations().get(0);
        this.breakBucket = BreakPlanner.bucket(agent.id(), day);
    }

    /** A planning clone: the same agent, day and variables, its own entity (see {@link Roster#planningClone()}). */
    AgentDay(AgentDay original) {
        this.id = original.id;
        this.agent = original.agent;
        this.day = original.day;
        this.horizonDays = original.horizonDays;
        this.date = original.date;
        this.creditedMinutes = original.creditedMinutes;
        this.demandIndex = original.demandIndex;
        this.offeredShifts = original.offeredShifts;
        this.shift = original.shift;
        this.location = original.location;
        this.breakBucket = original.breakBucket;
        this.pinned = original.pinned;
        // the placements are shared, immutable arrays of the demand index's cache
        this.presenceShift = original.presenceShift;
        this.presenceBucket = original.presenceBucket;
        this.presence = original.presence;
    }

    @ValueRangeProvider(id = "shiftRange")
    public List<ShiftType> getShiftRange() {
        return agent.shiftTypes();
    }

    /**
     * The shift types that keep the day's own hard rules: the agent's allowed ones that fit the day's availability,
     * none on approved time off. The value range stays the agent's whole list (a stored or published shift outside
     * availability must still load and be scored by its rule); the first roster ({@link PatternStart}) picks from these.
     */
    public List<ShiftType> getOfferedShifts() {
        return offeredShifts != null ? offeredShifts : agent.shiftTypes();
    }

    /**
     * Whether the day may be given this shift (null, a day off, always): it is one of the {@link #getOfferedShifts()
     * offered} ones, so neither approved time off nor the day's availability forbids it. The search moves only to such
     * shifts ({@link OfferedShiftFilter}, {@link BlockMove}): both rules cost one hard point a day, as much as a single
     * day off or a lone working day costs, and a search free to put an agent back on a day of leave traded the leave
     * for the consecutive-day rule it had broken (a 10-second demo roster had an agent on her day of leave that way).
     */
    public boolean offers(ShiftType shift) {
        return shift == null || offeredShifts == null || offeredShifts.contains(shift);
    }

    /** Restricts the shift types offered this day ({@link RosterBuilder}: availability and time off). */
    void setOfferedShifts(List<ShiftType> offeredShifts) {
        this.offeredShifts = offeredShifts;
    }

    @ValueRangeProvider(id = "locationRange")
    public List<WorkLocation> getLocationRange() {
        return agent.locations();
    }

    /** Every stagger bucket; the same for every agent-day. */
    @ValueRangeProvider(id = "breakBucketRange")
    public CountableValueRange<Integer> getBreakBucketRange() {
        return BUCKETS;
    }

    public String getId() {
        return id;
    }

    public Agent getAgent() {
        return agent;
    }

    public int getDay() {
        return day;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public LocalDate getDate() {
        return date;
    }

    public DayOfWeek getDayOfWeek() {
        return date.getDayOfWeek();
    }

    /** Week of the horizon (the horizon starts on a Monday). */
    public int getWeek() {
        return day / 7;
    }

    public boolean isWeekend() {
        DayOfWeek dayOfWeek = date.getDayOfWeek();
        return dayOfWeek == DayOfWeek.SATURDAY || dayOfWeek == DayOfWeek.SUNDAY;
    }

    public ShiftType getShift() {
        return shift;
    }

    public void setShift(ShiftType shift) {
        this.shift = shift;
    }

    public WorkLocation getLocation() {
        return location;
    }

    public void setLocation(WorkLocation location) {
        this.location = location;
    }

    public Integer getBreakBucket() {
        return breakBucket;
    }

    public void setBreakBucket(Integer breakBucket) {
        this.breakBucket = breakBucket;
    }

    /**
     * The bucket that places the breaks. Unassigned only while the Assignment Recommendation API tries shifts on the day
     * (it unassigns every variable of the entity and places the shift and location alone, see RosterService); the day
     * then has the first bucket it was given.
     */
    int staggerBucket() {
        return breakBucket != null ? breakBucket : BreakPlanner.bucket(agent.id(), day);
    }

    /** Whether the day's shift has breaks or a lunch, so that its stagger bucket places something. */
    public boolean hasBreaks() {
        return shift != null && shift.breakRule().hasBreaks();
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean isWorking() {
        return shift != null;
    }

    public boolean isInOffice() {
        return shift != null && location != null && location.isOffice();
    }

    /** Whether the day's shift has a minute inside the agent's night window (see {@link Contract#isNightShift}). */
    public boolean isNightShift() {
        return agent.contract().isNightShift(shift);
    }

    public int getWorkedMinutes() {
        return shift == null ? 0 : shift.lengthMinutes();
    }

    /** Minutes counted by the contract's minutes rules: the shift, or the paid credit of a day of time off. */
    public int getCountedMinutes() {
        return shift == null ? creditedMinutes : shift.lengthMinutes();
    }

    public int getCreditedMinutes() {
        return creditedMinutes;
    }

    /** Minutes from the horizon start to the shift start. */
    public int getStartMinute() {
        return day * 24 * 60 + shift.startMinute();
    }

    public int getEndMinute() {
        return getStartMinute() + shift.lengthMinutes();
    }

    /** The intervals the agent is at work on this day: the shift's, less its breaks and lunch. */
    int[] getPresence() {
        if (shift == null || demandIndex == null) {
            return new int[0];
        }
        int bucket = staggerBucket();
        if (presenceShift != shift || presenceBucket != bucket) {
            presence = demandIndex.presence(agent, day, shift, bucket);
            presenceShift = shift;
            presenceBucket = bucket;
        }
        return presence;
    }

    /** The breaks and lunch of this day's shift, placed by the rule the score counts ({@link BreakPlanner}). */
    public List<BreakPlanner.PlannedBreak> getBreaks() {
        return shift == null ? List.of() : BreakPlanner.breaks(demandIndex, agent, day, shift, staggerBucket());
    }

    /** The construction's fixed-share estimate of what the shift supplies (see {@link DemandIndex#supplies}). */
    public List<Supply> getSupplies() {
        return shift == null || demandIndex == null ? List.of() : demandIndex.supplies(agent, day, shift);
    }

    DemandIndex getDemandIndex() {
        return demandIndex;
    }

    /** What this agent would supply working {@code candidate} on this day (whatever it works now). */
    List<Supply> getDemandIndexSupplies(ShiftType candidate) {
        return candidate == null || demandIndex == null ? List.of() : demandIndex.supplies(agent, day, candidate);
    }

    ShiftDemand getDemandIndexShiftDemand(ShiftType candidate) {
        return candidate == null || demandIndex == null ? null : demandIndex.shiftDemand(day, candidate);
    }

    public ShiftDemand getShiftDemand() {
        return shift == null || demandIndex == null ? null : demandIndex.shiftDemand(day, shift);
    }

    @Override
    public String toString() {
        return id + "=" + (shift == null ? "-" : shift.id() + "@" + location);
    }
}
