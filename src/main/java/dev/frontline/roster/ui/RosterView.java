package dev.frontline.roster.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.service.CoverageGrid;
import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RepairResult;
import dev.frontline.roster.service.RosterJobs;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.roster.service.StoredActivity;
import dev.frontline.roster.service.StoredShift;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.chart.Chart;
import dev.frontline.shared.ui.chart.ChartOption;

/**
 * Rosters for a planner: pick a period and a version (or start a new draft), solve it with live progress and a stop,
 * see it by agent (days × hours, coloured by place and activity), its coverage per queue as a heatmap, and why it
 * scores as it does; edit an agent's day with a rule check and "who could take this gap?"; publish or repair.
 */
@Route("roster")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.roster", order = 30, icon = "vaadin:calendar-clock")
public class RosterView extends VerticalLayout implements HasDynamicTitle {

    static final String HOME_COLOUR = "#2e7d32";
    static final String OFFICE_COLOUR = "#1565c0";
    static final String BREAK_COLOUR = "#f9a825";
    static final String LUNCH_COLOUR = "#e65100";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final RosterService rosters;
    private final RosterJobs jobs;

    final DatePicker firstDay = new DatePicker();
    final IntegerField weeks = new IntegerField();
    final Button newDraft = new Button();
    final Select<RosterVersionSummary> version = new Select<>();
    final Select<String> config = new Select<>();
    final Button solve = new Button();
    final Button stop = new Button();
    final Button publish = new Button();
    final Button repair = new Button();
    final Span status = new Span();
    final Chart progressChart = new Chart();
    final Grid<AgentRow> grid = new Grid<>();
    final Select<String> coverageQueue = new Select<>();
    final Chart coverageChart = new Chart();
    final Grid<RosterExplanation.ConstraintCost> constraints = new Grid<>();
    final Grid<RosterExplanation.Breach> breaches = new Grid<>();
    final ComboBox<String> breachConstraint = new ComboBox<>();
    final ComboBox<Agent> breachAgent = new ComboBox<>();
    final ComboBox<LocalDate> breachDay = new ComboBox<>();
    final Span agentSummary = new Span();
    final ComboBox<LocalDate> coverageDay = new ComboBox<>();
    final ComboBox<Integer> coverageTime = new ComboBox<>();
    final Span intervalSummary = new Span();
    final Grid<RosterExplainer.AgentShare> intervalAgents = new Grid<>();
    final TabSheet tabs = new TabSheet();

    private LoadedRoster loaded;
    private CoverageGrid coverage;
    private RosterExplanation explanation;
    private Consumer<RosterJobs.Status> listener;
    private Long listeningTo;

    /** One agent's row: their shifts and breaks by work date. */
    record AgentRow(String employeeNumber, String name, Map<LocalDate, StoredShift> shifts,
            Map<LocalDate, List<StoredActivity>> activities) {
    }

    public RosterView(RosterService rosters, RosterJobs jobs) {
        this.rosters = rosters;
        this.jobs = jobs;
        setId("roster-view");
        setSizeFull();

        firstDay.setId("roster-first-day");
        firstDay.setLabel(getTranslation("roster.first-day"));
        firstDay.setValue(LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        weeks.setId("roster-weeks");
        weeks.setLabel(getTranslation("roster.weeks"));
        weeks.setMin(1);
        weeks.setMax(8);
        weeks.setStepButtonsVisible(true);
        weeks.setValue(4);
        newDraft.setId("roster-new");
        newDraft.setText(getTranslation("roster.new"));
        newDraft.addClickListener(e -> createDraft());

        version.setId("roster-version");
        version.setLabel(getTranslation("roster.version"));
        version.setItemLabelGenerator(RosterVersionSummary::label);
        version.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                show(e.getValue());
            }
        });
        config.setId("roster-config");
        config.setLabel(getTranslation("roster.config"));
        config.setItems(RosterJobs.CONFIGS);
        config.setItemLabelGenerator(c -> getTranslation("roster.config." + c));
        config.setValue(RosterJobs.CONFIGS.get(1));
        solve.setId("roster-solve");
        solve.setText(getTranslation("roster.solve"));
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(e -> startSolving());
        stop.setId("roster-stop");
        stop.setText(getTranslation("roster.stop"));
        stop.addClickListener(e -> jobs.stop(current().id()));
        publish.setId("roster-publish");
        publish.setText(getTranslation("roster.publish"));
        publish.addClickListener(e -> act(() -> {
            rosters.publish(current().id());
            refreshVersions(current().id());
        }));
        repair.setId("roster-repair");
        repair.setText(getTranslation("roster.repair"));
        repair.addClickListener(e -> act(() -> {
            RepairResult result = rosters.repair(current().id(), true, 10);
            notify(getTranslation("roster.repaired", result.unpinnedAgentDays(), result.pinnedAgentDays(),
                    result.changedDays()), false);
            refreshVersions(result.draft().id());
        }));
        status.setId("roster-status");

        HorizontalLayout period = new HorizontalLayout(firstDay, weeks, newDraft, version);
        period.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(config, solve, stop, publish, repair, status);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        progressChart.setId("roster-progress-chart");
        progressChart.setHeight("200px");
        configureGrid();
        coverageQueue.setId("roster-coverage-queue");
        coverageQueue.setLabel(getTranslation("roster.coverage.queue"));
        coverageQueue.addValueChangeListener(e -> {
            drawCoverage();
            showInterval();
        });
        coverageChart.setId("roster-coverage-chart");
        coverageChart.setHeight("420px");
        coverageChart.addClickListener(e -> selectCell(e.category()));
        configureIntervalDetail();
        configureExplanation();

        tabs.setId("roster-tabs");
        tabs.setSizeFull();
        tabs.add(getTranslation("roster.tab.agents"), grid);
        HorizontalLayout intervalPicker = new HorizontalLayout(coverageQueue, coverageDay, coverageTime);
        intervalPicker.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tabs.add(getTranslation("roster.tab.coverage"),
                new VerticalLayout(intervalPicker, coverageChart, intervalSummary, intervalAgents));
        HorizontalLayout breachFilters = new HorizontalLayout(breachConstraint, breachAgent, breachDay);
        breachFilters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tabs.add(getTranslation("roster.tab.explanation"),
                new VerticalLayout(constraints, breachFilters, agentSummary, breaches));

        add(new H2(getTranslation("roster.title")), period, actions, progressChart, tabs);
        refreshVersions(null);
    }

    private void configureGrid() {
        grid.setId("roster-grid");
        grid.setSizeFull();
        grid.addItemClickListener(e -> {
            if (loaded != null && e.getColumn() != null && e.getColumn().getKey() != null) {
                LocalDate date = LocalDate.parse(e.getColumn().getKey());
                new RosterEditDialog(rosters, loaded, e.getItem().employeeNumber(), date,
                        () -> show(rosters.version(current().id()))).open();
            }
        });
    }

    private void configureExplanation() {
        constraints.setId("roster-explanation-constraints");
        constraints.setAllRowsVisible(true);
        constraints.addColumn(c -> c.constraint()).setHeader(getTranslation("roster.explain.constraint")).setFlexGrow(3);
        constraints.addColumn(c -> getTranslation(c.hard() ? "roster.explain.hard" : "roster.explain.soft"))
                .setHeader(getTranslation("roster.explain.kind"));
        constraints.addColumn(c -> c.score().toString()).setHeader(getTranslation("roster.explain.cost"));
        constraints.addColumn(RosterExplanation.ConstraintCost::matches).setHeader(getTranslation("roster.explain.matches"));
        constraints.setPartNameGenerator(c -> c.hard() && c.matches() > 0 ? "broken" : null);
        breaches.setId("roster-explanation-breaches");
        breaches.setHeight("360px");
        breaches.addColumn(RosterExplanation.Breach::constraint).setHeader(getTranslation("roster.explain.constraint"));
        breaches.addColumn(b -> b.cost().toString()).setHeader(getTranslation("roster.explain.cost"));
        breaches.addColumn(b -> b.why().agentId() == null ? "" : b.why().agentId()).setHeader(getTranslation("roster.explain.agent"));
        breaches.addColumn(b -> b.why().day() == null || current() == null ? ""
                : current().firstDay().plusDays(b.why().day()).toString()).setHeader(getTranslation("roster.explain.day"));
        breaches.addColumn(b -> b.why().description()).setHeader(getTranslation("roster.explain.why")).setFlexGrow(4);
        breaches.setPartNameGenerator(b -> b.hard() ? "broken" : null);

        breachConstraint.setId("roster-explanation-filter-constraint");
        breachConstraint.setLabel(getTranslation("roster.explain.filter.constraint"));
        breachConstraint.setClearButtonVisible(true);
        breachAgent.setId("roster-explanation-filter-agent");
        breachAgent.setLabel(getTranslation("roster.explain.filter.agent"));
        breachAgent.setItemLabelGenerator(a -> a.id() + " " + a.name());
        breachAgent.setClearButtonVisible(true);
        breachDay.setId("roster-explanation-filter-day");
        breachDay.setLabel(getTranslation("roster.explain.filter.day"));
        breachDay.setItemLabelGenerator(this::dayLabel);
        breachDay.setClearButtonVisible(true);
        breachConstraint.addValueChangeListener(e -> showBreaches());
        breachAgent.addValueChangeListener(e -> showBreaches());
        breachDay.addValueChangeListener(e -> showBreaches());
        agentSummary.setId("roster-explanation-agent-summary");
    }

    private void configureIntervalDetail() {
        coverageDay.setId("roster-coverage-day");
        coverageDay.setLabel(getTranslation("roster.coverage.day"));
        coverageDay.setItemLabelGenerator(this::dayLabel);
        coverageTime.setId("roster-coverage-time");
        coverageTime.setLabel(getTranslation("roster.coverage.time"));
        List<Integer> minutes = new ArrayList<>();
        for (int minute = 0; minute < 24 * 60; minute += 15) {
            minutes.add(minute);
        }
        coverageTime.setItems(minutes);
        coverageTime.setItemLabelGenerator(RosterView::clock);
        coverageDay.addValueChangeListener(e -> showInterval());
        coverageTime.addValueChangeListener(e -> showInterval());
        intervalSummary.setId("roster-interval-summary");
        intervalAgents.setId("roster-interval-agents");
        intervalAgents.setAllRowsVisible(true);
        intervalAgents.addColumn(a -> a.agentId() + " " + a.name()).setHeader(getTranslation("roster.explain.agent"))
                .setFlexGrow(2);
        intervalAgents.addColumn(RosterExplainer.AgentShare::shiftTypeId).setHeader(getTranslation("roster.interval.shift"));
        intervalAgents.addColumn(a -> String.format(getLocale(), "%.2f", a.share()))
                .setHeader(getTranslation("roster.interval.share"));
    }

    /** The filtered breaches and, when an agent is chosen, what that agent costs and which rules it breaks. */
    private void showBreaches() {
        if (explanation == null) {
            breaches.setItems(List.of());
            agentSummary.setText("");
            return;
        }
        Agent agent = breachAgent.getValue();
        LocalDate date = breachDay.getValue();
        Integer day = date == null || current() == null ? null : (int) (date.toEpochDay() - current().firstDay().toEpochDay());
        breaches.setItems(explanation.breaches(breachConstraint.getValue(), agent == null ? null : agent.id(), day).stream()
                .sorted(java.util.Comparator.comparing((RosterExplanation.Breach b) -> !b.hard())
                        .thenComparing(RosterExplanation.Breach::cost))
                .limit(500).toList());
        if (agent == null) {
            agentSummary.setText("");
            return;
        }
        RosterExplanation.AgentCost cost = explanation.agentCost(agent.id());
        List<String> rules = new ArrayList<>();
        cost.byConstraint().forEach((rule, score) -> rules.add(rule + " " + score));
        agentSummary.setText(getTranslation(rules.isEmpty() ? "roster.explain.agent-clean" : "roster.explain.agent-summary",
                agent.id() + " " + agent.name(), cost.total().hardScore(), cost.total().softScore(), String.join("; ", rules)));
    }

    /** A heatmap cell names its day and time ("2024-01-01 08:15"): show that interval. */
    private void selectCell(String cell) {
        String[] parts = cell == null ? new String[0] : cell.split(" ");
        if (parts.length != 2 || coverage == null) {
            return;
        }
        String[] time = parts[1].split(":");
        coverageDay.setValue(LocalDate.parse(parts[0]));
        coverageTime.setValue(Integer.parseInt(time[0]) * 60 + Integer.parseInt(time[1]));
    }

    /** The chosen queue's interval: requirement, supply, gap, penalty and the agents working it. */
    private void showInterval() {
        String queue = coverageQueue.getValue();
        LocalDate date = coverageDay.getValue();
        Integer minute = coverageTime.getValue();
        if (loaded == null || queue == null || date == null || minute == null
                || date.isBefore(loaded.scenario().firstDay()) || date.isAfter(loaded.scenario().lastDay())) {
            intervalSummary.setText("");
            intervalAgents.setItems(List.of());
            return;
        }
        act(() -> {
            var detail = rosters.intervalDetail(loaded, queue, date, minute);
            intervalSummary.setText(detail.map(d -> getTranslation("roster.interval.summary", queue, dayLabel(date),
                    clock(d.minuteOfDay()), number(d.required()), number(d.scheduled()), number(d.shortfall()),
                    number(d.surplus()), d.penalty().toString()))
                    .orElseGet(() -> getTranslation("roster.interval.none", queue, dayLabel(date), clock(minute))));
            intervalAgents.setItems(detail.map(RosterExplainer.IntervalDetail::agents).orElse(List.of()));
        });
    }

    private String number(double value) {
        return String.format(getLocale(), "%.2f", value);
    }

    private String dayLabel(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, getLocale()) + " " + date;
    }

    private static String clock(int minuteOfDay) {
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }

    private void createDraft() {
        act(() -> {
            LocalDate first = firstDay.getValue();
            int count = weeks.getValue() == null ? 1 : weeks.getValue();
            RosterVersionSummary draft = rosters.createDraft(null, first, first == null ? null : first.plusWeeks(count).minusDays(1));
            refreshVersions(draft.id());
        });
    }

    private void refreshVersions(Long select) {
        List<RosterVersionSummary> all = rosters.versions();
        version.setItems(all);
        RosterVersionSummary chosen = all.stream().filter(v -> select != null && v.id() == select).findFirst()
                .orElse(all.isEmpty() ? null : all.get(0));
        version.setValue(chosen);
        if (chosen == null) {
            show(null);
        }
    }

    private RosterVersionSummary current() {
        return version.getValue();
    }

    private void show(RosterVersionSummary summary) {
        boolean draft = summary != null && summary.status() == RosterStatus.DRAFT;
        solve.setEnabled(draft);
        publish.setEnabled(draft && summary.score() != null);
        repair.setEnabled(summary != null && summary.status() == RosterStatus.PUBLISHED);
        if (summary == null) {
            loaded = null;
            explanation = null;
            showBreaches();
            showInterval();
            grid.setItems(List.of());
            status.setText(getTranslation("roster.none"));
            stop.setEnabled(false);
            return;
        }
        status.setText(describe(summary));
        follow(summary.id());
        try {
            loaded = rosters.load(summary.id());
        } catch (RuntimeException e) {
            loaded = null;
            notify(e.getMessage(), true);
        }
        showRoster(summary);
    }

    private String describe(RosterVersionSummary v) {
        return v.score() == null ? getTranslation("roster.unsolved")
                : getTranslation(v.feasible() ? "roster.score" : "roster.score.infeasible", v.score(),
                        v.undercoveragePercent() == null ? "–" : String.format(Locale.ROOT, "%.1f", v.undercoveragePercent()));
    }

    private void showRoster(RosterVersionSummary summary) {
        List<StoredShift> shifts = rosters.shifts(summary.id());
        Map<String, AgentRow> rows = new java.util.LinkedHashMap<>();
        if (loaded != null) {
            loaded.roster().getAgents().forEach(a -> rows.put(a.id(), new AgentRow(a.id(), a.name(), new HashMap<>(), new HashMap<>())));
        }
        Map<Long, String> numbers = new HashMap<>();
        for (StoredShift s : shifts) {
            numbers.put(s.agentId(), s.employeeNumber());
            rows.computeIfAbsent(s.employeeNumber(), n -> new AgentRow(n, s.agentName(), new HashMap<>(), new HashMap<>()))
                    .shifts().put(s.workDate(), s);
        }
        for (StoredActivity a : rosters.activities(summary.id())) {
            AgentRow row = rows.get(numbers.get(a.agentId()));
            if (row != null) {
                row.activities().computeIfAbsent(a.workDate(), d -> new ArrayList<>()).add(a);
            }
        }
        grid.removeAllColumns();
        grid.addColumn(r -> r.employeeNumber() + " " + r.name()).setHeader(getTranslation("roster.agent"))
                .setFrozen(true).setAutoWidth(true);
        ZoneId zone = loaded == null ? ZoneId.systemDefault() : loaded.scenario().zone();
        for (LocalDate d = summary.firstDay(); !d.isAfter(summary.lastDay()); d = d.plusDays(1)) {
            LocalDate date = d;
            grid.addComponentColumn(r -> dayBar(r, date, zone)).setKey(date.toString())
                    .setHeader(date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, getLocale()) + " "
                            + date.getDayOfMonth() + "." + date.getMonthValue())
                    .setWidth("110px").setFlexGrow(0);
        }
        grid.setItems(new ArrayList<>(rows.values()));
        coverage = loaded == null ? null : CoverageGrid.of(loaded.roster());
        coverageQueue.setItems(coverage == null ? List.of() : coverage.queues());
        if (coverage != null && !coverage.queues().isEmpty()) {
            coverageQueue.setValue(coverage.queues().get(0));
        }
        drawCoverage();
        explanation = loaded == null ? null : rosters.explain(summary.id());
        constraints.setItems(explanation == null ? List.of() : explanation.constraints().stream()
                .filter(c -> c.matches() > 0)
                .sorted(java.util.Comparator.comparing((RosterExplanation.ConstraintCost c) -> !c.hard())
                        .thenComparing(RosterExplanation.ConstraintCost::score))
                .toList());
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = summary.firstDay(); !d.isAfter(summary.lastDay()); d = d.plusDays(1)) {
            dates.add(d);
        }
        breachConstraint.setItems(explanation == null ? List.of()
                : explanation.constraints().stream().filter(c -> c.matches() > 0)
                        .map(RosterExplanation.ConstraintCost::constraint).sorted().toList());
        breachAgent.setItems(loaded == null ? List.of() : loaded.roster().getAgents());
        breachDay.setItems(dates);
        coverageDay.setItems(dates);
        showBreaches();
        showInterval();
    }

    /** A 24-hour track with the shift coloured by place, its breaks and lunch on top. */
    private Div dayBar(AgentRow row, LocalDate date, ZoneId zone) {
        Div track = new Div();
        track.getStyle().set("position", "relative").set("height", "18px").set("width", "100%")
                .set("background", "var(--lumo-contrast-5pct)");
        StoredShift shift = row.shifts().get(date);
        if (shift == null) {
            return track;
        }
        var start = shift.startsAt().atZoneSameInstant(zone);
        double from = start.getHour() * 60 + start.getMinute();
        track.add(bar(from, shift.lengthMinutes(), shift.siteCode() == null ? HOME_COLOUR : OFFICE_COLOUR));
        for (StoredActivity a : row.activities().getOrDefault(date, List.of())) {
            var at = a.startsAt().atZoneSameInstant(zone);
            double minute = (at.toLocalDate().toEpochDay() - date.toEpochDay()) * 1440 + at.getHour() * 60 + at.getMinute();
            track.add(bar(minute, a.minutes(), "LUNCH".equals(a.kind()) ? LUNCH_COLOUR : BREAK_COLOUR));
        }
        track.getElement().setAttribute("title", start.format(TIME) + "–" + shift.endsAt().atZoneSameInstant(zone).format(TIME)
                + " " + (shift.siteCode() == null ? getTranslation("roster.home") : getTranslation("roster.office", shift.siteCode()))
                + (shift.pinned() ? " · " + getTranslation("roster.pinned") : ""));
        return track;
    }

    private static Div bar(double fromMinute, double minutes, String colour) {
        Div bar = new Div();
        double left = Math.min(100, fromMinute * 100 / 1440);
        double width = Math.max(0, Math.min(100 - left, minutes * 100 / 1440));
        bar.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0").set("left", left + "%")
                .set("width", width + "%").set("background", colour);
        return bar;
    }

    private void drawCoverage() {
        String queue = coverageQueue.getValue();
        if (coverage == null || queue == null) {
            return;
        }
        ArrayNode data = JsonNodeFactory.instance.arrayNode();
        double extreme = 1;
        for (CoverageGrid.Cell cell : coverage.of(queue)) {
            ArrayNode point = JsonNodeFactory.instance.arrayNode();
            point.add(cell.minuteOfDay() / 15);
            point.add(cell.day());
            point.add(Math.round(cell.gap() * 10) / 10.0);
            // the item's name comes back with a click, so the view can show that interval
            ObjectNode item = JsonNodeFactory.instance.objectNode();
            item.put("name", current().firstDay().plusDays(cell.day()) + " " + clock(cell.minuteOfDay()));
            item.set("value", point);
            data.add(item);
            extreme = Math.max(extreme, Math.abs(cell.gap()));
        }
        ArrayNode hours = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < 96; i++) {
            hours.add(String.format(Locale.ROOT, "%02d:%02d", i / 4, i % 4 * 15));
        }
        ArrayNode days = JsonNodeFactory.instance.arrayNode();
        for (int d = 0; d < coverage.days(); d++) {
            days.add(current().firstDay().plusDays(d).toString());
        }
        ObjectNode option = JsonNodeFactory.instance.objectNode();
        ObjectNode tooltip = JsonNodeFactory.instance.objectNode();
        tooltip.put("position", "top");
        option.set("tooltip", tooltip);
        ObjectNode grid = JsonNodeFactory.instance.objectNode();
        grid.put("left", 90);
        grid.put("right", 20);
        grid.put("top", 10);
        grid.put("bottom", 70);
        option.set("grid", grid);
        option.set("xAxis", axis(hours));
        option.set("yAxis", axis(days));
        ObjectNode visualMap = JsonNodeFactory.instance.objectNode();
        visualMap.put("min", -extreme);
        visualMap.put("max", extreme);
        visualMap.put("calculable", true);
        visualMap.put("orient", "horizontal");
        visualMap.put("left", "center");
        visualMap.put("bottom", 0);
        ObjectNode inRange = JsonNodeFactory.instance.objectNode();
        ArrayNode colours = JsonNodeFactory.instance.arrayNode();
        colours.add("#c62828");
        colours.add("#f7f7f7");
        colours.add("#1565c0");
        inRange.set("color", colours);
        visualMap.set("inRange", inRange);
        option.set("visualMap", visualMap);
        ObjectNode series = JsonNodeFactory.instance.objectNode();
        series.put("name", getTranslation("roster.coverage.gap", queue));
        series.put("type", "heatmap");
        series.set("data", data);
        ArrayNode allSeries = JsonNodeFactory.instance.arrayNode();
        allSeries.add(series);
        option.set("series", allSeries);
        coverageChart.setOption(option);
    }

    private static ObjectNode axis(ArrayNode labels) {
        ObjectNode axis = JsonNodeFactory.instance.objectNode();
        axis.put("type", "category");
        axis.set("data", labels);
        return axis;
    }

    private void startSolving() {
        act(() -> {
            long id = current().id();
            jobs.solve(id, config.getValue(), null, null);
            follow(id);
        });
    }

    /** Follows the version's job, if any: progress chart, status and, when it ends, the saved roster. */
    private void follow(long versionId) {
        unfollow();
        UI ui = UI.getCurrent();
        listener = s -> ui.access(() -> showProgress(s));
        listeningTo = versionId;
        if (jobs.listen(versionId, listener)) {
            jobs.status(versionId).ifPresent(this::drawProgress);
            stop.setEnabled(jobs.status(versionId).map(RosterJobs.Status::running).orElse(false));
        } else {
            stop.setEnabled(false);
            progressChart.setOption(new ChartOption());
        }
    }

    private void unfollow() {
        if (listeningTo != null) {
            jobs.unlisten(listeningTo, listener);
            listeningTo = null;
        }
    }

    private void showProgress(RosterJobs.Status s) {
        drawProgress(s);
        stop.setEnabled(s.running());
        solve.setEnabled(!s.running());
        if (s.error() != null) {
            notify(s.error(), true);
        }
        if (!s.running() && current() != null && current().id() == s.versionId()) {
            RosterVersionSummary summary = rosters.version(s.versionId());
            refreshVersionItem(summary);
        }
    }

    private void refreshVersionItem(RosterVersionSummary summary) {
        List<RosterVersionSummary> all = rosters.versions();
        version.setItems(all);
        version.setValue(all.stream().filter(v -> v.id() == summary.id()).findFirst().orElse(null));
    }

    void drawProgress(RosterJobs.Status s) {
        List<String> seconds = new ArrayList<>();
        List<Double> soft = new ArrayList<>();
        List<Double> hard = new ArrayList<>();
        for (RosterJobs.Point p : s.progress()) {
            seconds.add(String.format(Locale.ROOT, "%.1f s", p.millis() / 1000.0));
            soft.add((double) p.score().softScore());
            hard.add((double) p.score().hardScore());
        }
        ChartOption option = new ChartOption().categories(seconds);
        int softAxis = option.addValueAxis(getTranslation("roster.progress.soft"));
        int hardAxis = option.addValueAxis(getTranslation("roster.progress.hard"));
        option.series(getTranslation("roster.progress.soft"), ChartOption.SeriesType.LINE, soft, softAxis);
        option.series(getTranslation("roster.progress.hard"), ChartOption.SeriesType.LINE, hard, hardAxis, null,
                ChartOption.SeriesStyle.color("#c62828"));
        progressChart.setOption(option);
        s.best().filter(best -> s.running()).ifPresent(best -> status.setText(getTranslation("roster.solving",
                best.score().toString(), String.format(Locale.ROOT, "%.1f", best.millis() / 1000.0))));
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            notify(e.getMessage(), true);
        }
    }

    private static void notify(String message, boolean error) {
        Notification notification = Notification.show(message, error ? 8000 : 4000, Notification.Position.MIDDLE);
        notification.setId(error ? "roster-error" : "roster-message");
        if (error) {
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (current() != null) {
            follow(current().id());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unfollow();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.roster") + " | " + getTranslation("app.name");
    }
}
