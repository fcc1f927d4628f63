package dev.frontline.attrition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import dev.frontline.attrition.engine.AttritionForecaster;
import dev.frontline.attrition.engine.BandHazard;
import dev.frontline.attrition.engine.Dimension;
import dev.frontline.attrition.engine.EarlyAttrition;
import dev.frontline.attrition.engine.Employment;
import dev.frontline.attrition.engine.ExitReasons;
import dev.frontline.attrition.engine.FollowUp;
import dev.frontline.attrition.engine.HazardByTenure;
import dev.frontline.attrition.engine.LeaverForecast;
import dev.frontline.attrition.engine.SurvivalAnalysis;
import dev.frontline.attrition.engine.TurnoverTrend;
import dev.frontline.db.enums.AppRole;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.RefusedValueException;
import dev.frontline.training.TrainingService;
import dev.frontline.workforce.EmploymentRecord;
import dev.frontline.workforce.WorkforceService;

/**
 * Attrition analyses over the recorded employments, for HR and planners. The records are taken to be complete from
 * the first recorded exit on: before it, agents who left may simply not have been entered, so everyone is followed from
 * the later of their hire and that date (see {@link FollowUp}).
 */
@Service
public class AttritionService {

    /** Months of history the hazard of the forecast is fitted on: recent enough to follow a change, long enough to hold. */
    static final int FIT_MONTHS = 24;
    public static final int MAX_FORECAST_MONTHS = 18;

    private final WorkforceService workforce;
    private final TrainingService training;
    private final CurrentUser currentUser;
    private final Clock clock;

    AttritionService(WorkforceService workforce, TrainingService training, CurrentUser currentUser, Clock clock) {
        this.workforce = workforce;
        this.training = training;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Exits and turnover over the last twelve complete months, so both figures count the same exits. */
    public AttritionOverview overview() {
        Data data = load();
        LocalDate asOf = data.followUp().asOf();
        List<TurnoverTrend.Month> trend = trend(data);
        List<TurnoverTrend.Month> lastYear = trend.subList(Math.max(0, trend.size() - 12), trend.size());
        int exits = lastYear.stream().mapToInt(TurnoverTrend.Month::exits).sum();
        int voluntary = lastYear.stream().mapToInt(TurnoverTrend.Month::voluntaryExits).sum();
        int active = (int) data.employments().stream().filter(e -> e.employedOn(asOf)).count();
        TurnoverTrend.Month latest = trend.getLast();
        Double previous = trend.size() > 12 ? trend.get(trend.size() - 13).rolling12Percent() : null;
        return new AttritionOverview(data.followUp().from(), asOf, active, exits, voluntary, latest.rolling12Percent(),
                previous, EarlyAttrition.of(data.employments(), data.followUp()).overall(),
                forecast(data, Dimension.SITE, 12).horizon(), latest);
    }

    public SurvivalAnalysis.Result survival(Dimension by) {
        Data data = load();
        return SurvivalAnalysis.byGroup(data.employments(), data.followUp(), by);
    }

    /** Turnover of each complete month of the records, the last one being the month before today's. */
    public List<TurnoverTrend.Month> turnoverTrend() {
        return trend(load());
    }

    public List<ExitReasons.Count> exitsByReason() {
        Data data = load();
        return ExitReasons.byQuarter(data.employments(), YearMonth.from(data.followUp().from()),
                YearMonth.from(data.followUp().asOf()));
    }

    public EarlyAttrition.Result earlyAttrition() {
        Data data = load();
        return EarlyAttrition.of(data.employments(), data.followUp());
    }

    public List<BandHazard> hazardByTenure() {
        Data data = load();
        return HazardByTenure.fit(data.employments(), fitWindow(data.followUp()));
    }

    /** Leavers expected per month from next month on, for {@code months} months (1 to 18), grouped as asked. */
    public LeaverForecast forecast(Dimension by, int months) {
        if (months < 1 || months > MAX_FORECAST_MONTHS) {
            throw new RefusedValueException("months", Phrase.of("attrition.error.forecast-months", MAX_FORECAST_MONTHS,
                    months));
        }
        return forecast(load(), by, months);
    }

    private LeaverForecast forecast(Data data, Dimension by, int months) {
        List<BandHazard> hazards = HazardByTenure.fit(data.employments(), fitWindow(data.followUp()));
        // no hiring plan is recorded in Frontline yet: the forecast covers the agents employed today
        return AttritionForecaster.forecast(data.employments(), hazards,
                YearMonth.from(data.followUp().asOf()).plusMonths(1), months, List.of(), by);
    }

    private static FollowUp fitWindow(FollowUp records) {
        return HazardByTenure.lastMonths(records.from(), records.asOf(), FIT_MONTHS);
    }

    private static List<TurnoverTrend.Month> trend(Data data) {
        YearMonth last = YearMonth.from(data.followUp().asOf()).minusMonths(1);
        YearMonth first = YearMonth.from(data.followUp().from());
        return TurnoverTrend.monthly(data.employments(), first.isAfter(last) ? last : first, last);
    }

    private record Data(List<Employment> employments, FollowUp followUp) {
    }

    private Data load() {
        if (currentUser.require().role() == AppRole.AGENT) {
            throw new AccessDeniedException("Attrition figures are for HR and planners");
        }
        LocalDate today = LocalDate.now(clock);
        List<EmploymentRecord> records = workforce.employmentRecords();
        Map<String, String> paths = training.onboardingPathByAgent();
        List<Employment> employments = records.stream()
                .map(r -> employment(r, paths.getOrDefault(r.employeeNumber(), Dimension.NONE_RECORDED))).toList();
        LocalDate from = records.stream().filter(r -> r.exitDate() != null).map(EmploymentRecord::exitDate)
                .min(Comparator.naturalOrder())
                .orElse(records.stream().map(EmploymentRecord::hireDate).min(Comparator.naturalOrder()).orElse(today))
                .withDayOfMonth(1);
        return new Data(employments, new FollowUp(from.isBefore(today) ? from : today.minusMonths(1), today));
    }

    /** An agent's employment with their groups; {@code onboardingPath} is the training received. */
    static Employment employment(EmploymentRecord r, String onboardingPath) {
        return new Employment(r.employeeNumber(), r.hireDate(), r.exitDate(),
                r.exitKind() == dev.frontline.db.enums.ExitKind.VOLUNTARY, r.exitReason(), Map.of(
                        Dimension.SITE, r.siteName(),
                        Dimension.WORK_LOCATION, WorkLocation.of(r.officeEligible(), r.contractMinOfficeDaysPerWeek()).name(),
                        Dimension.TEAM, r.teamName(),
                        Dimension.CONTRACT, r.contractCode(),
                        Dimension.PATH, onboardingPath));
    }
}
