package dev.frontline.roster.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import dev.frontline.roster.service.LoadedRoster;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.roster.service.StoredActivity;
import dev.frontline.roster.service.StoredShift;

/**
 * The roster by agent: one row per agent, one column per day with a 24-hour bar coloured by place (home or office)
 * with breaks and lunch on top. Clicking a day opens the edit dialog for that agent and day.
 */
class AgentRosterPanel extends Composite<Grid<AgentRosterPanel.AgentRow>> {

    static final String HOME_COLOUR = "#2e7d32";
    static final String OFFICE_COLOUR = "#1565c0";
    static final String BREAK_COLOUR = "#f9a825";
    static final String LUNCH_COLOUR = "#e65100";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** One agent's row: their shifts and breaks by work date. */
    record AgentRow(String employeeNumber, String name, Map<LocalDate, StoredShift> shifts,
            Map<LocalDate, List<StoredActivity>> activities) {
    }

    private final RosterService rosters;
    final Grid<AgentRow> grid = new Grid<>();
    private LoadedRoster loaded;

    /** @param edited told when the planner saved an edit, so the view can show the version again */
    AgentRosterPanel(RosterService rosters, Runnable edited) {
        this.rosters = rosters;
        grid.setId("roster-grid");
        grid.setSizeFull();
        // compact rows and a floor on the height: a four-week roster shows a screenful of agents, not six rows
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT,
                com.vaadin.flow.component.grid.GridVariant.LUMO_ROW_STRIPES);
        grid.setMinHeight("560px");
        grid.addItemClickListener(e -> {
            if (loaded != null && e.getColumn() != null && e.getColumn().getKey() != null) {
                LocalDate date = LocalDate.parse(e.getColumn().getKey());
                new RosterEditDialog(rosters, loaded, e.getItem().employeeNumber(), date, edited).open();
            }
        });
    }

    /** What the colours of the shift bars mean: home, office, break, lunch. */
    static HorizontalLayout legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setId("roster-legend");
        legend.setSpacing(true);
        legend.add(swatch(HOME_COLOUR, "roster.legend.home"), swatch(OFFICE_COLOUR, "roster.legend.office"),
                swatch(BREAK_COLOUR, "roster.legend.break"), swatch(LUNCH_COLOUR, "roster.legend.lunch"));
        return legend;
    }

    private static Span swatch(String colour, String key) {
        Span box = new Span();
        box.getStyle().set("display", "inline-block").set("width", "1em").set("height", "0.8em").set("background", colour)
                .set("margin-right", "0.3em");
        Span item = new Span(box, new Span(box.getTranslation(key)));
        item.addClassName("roster-legend-item");
        return item;
    }

    @Override
    protected Grid<AgentRow> initContent() {
        return grid;
    }

    void clear() {
        loaded = null;
        grid.setItems(List.of());
    }

    /**
     * The version's stored shifts and breaks; every agent of the period gets a row when the roster could be loaded
     * ({@code loaded} null: only the agents with a stored shift).
     */
    void show(RosterVersionSummary summary, LoadedRoster loaded) {
        this.loaded = loaded;
        List<StoredShift> shifts = rosters.shifts(summary.id());
        Map<String, AgentRow> rows = new LinkedHashMap<>();
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
                .setFrozen(true).setAutoWidth(true).setTooltipGenerator(r -> r.employeeNumber() + " " + r.name());
        ZoneId zone = loaded == null ? ZoneId.systemDefault() : loaded.scenario().zone();
        for (LocalDate d = summary.firstDay(); !d.isAfter(summary.lastDay()); d = d.plusDays(1)) {
            LocalDate date = d;
            grid.addComponentColumn(r -> dayBar(r, date, zone)).setKey(date.toString())
                    .setHeader(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, getLocale()) + " "
                            + date.getDayOfMonth() + "." + date.getMonthValue())
                    .setWidth("110px").setFlexGrow(0);
        }
        grid.setItems(new ArrayList<>(rows.values()));
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
                + " · " + (shift.siteCode() == null ? getTranslation("roster.place.home") : office(shift.siteCode()))
                + (shift.pinned() ? " · " + getTranslation("roster.pinned") : ""));
        return track;
    }

    /** "Office, Istanbul" for a site code of the loaded roster; the code when the roster does not know it. */
    private String office(String siteCode) {
        String name = loaded == null ? siteCode : loaded.roster().getSites().stream().filter(s -> s.id().equals(siteCode))
                .findFirst().map(dev.frontline.roster.engine.Site::name).orElse(siteCode);
        return getTranslation("roster.place.office", name);
    }

    private static Div bar(double fromMinute, double minutes, String colour) {
        Div bar = new Div();
        double left = Math.min(100, fromMinute * 100 / 1440);
        double width = Math.max(0, Math.min(100 - left, minutes * 100 / 1440));
        bar.getStyle().set("position", "absolute").set("top", "0").set("bottom", "0").set("left", left + "%")
                .set("width", width + "%").set("background", colour);
        return bar;
    }
}
