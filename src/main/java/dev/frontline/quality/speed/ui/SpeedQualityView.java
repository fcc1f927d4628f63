package dev.frontline.quality.speed.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.quality.speed.AgentRef;
import dev.frontline.quality.speed.Period;
import dev.frontline.quality.speed.SpeedQualityService;
import dev.frontline.quality.speed.TeamAnalysis;
import dev.frontline.quality.speed.TeamRef;
import dev.frontline.quality.speed.TeamSummary;
import dev.frontline.quality.speed.engine.AgentResult;
import dev.frontline.quality.speed.engine.Explanation;
import dev.frontline.quality.speed.engine.Flag;
import dev.frontline.quality.speed.engine.Measure;
import dev.frontline.quality.speed.engine.SpeedQualityRules;
import dev.frontline.quality.speed.engine.Spread;
import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.text.RefusedValueException;

/**
 * Speed and quality of a team over a period, for HR and planners: the chosen team's agents as AHT against QA (or FCR,
 * CSAT) with the team's frontier and the flagged agents marked, the flags with their numbers, every agent's figures,
 * the months before, and every team's line (a click opens that team).
 */
@Route("speed-quality")
@RolesAllowed({Roles.HR, Roles.PLANNER})
@Menu(title = "speed.nav", order = 1.5, icon = "vaadin:scale-unbalance")
public class SpeedQualityView extends VerticalLayout implements HasDynamicTitle {

    private final transient SpeedQualityService service;
    private final Select<TeamRef> team = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<Measure> measure = new Select<>();
    private final TeamsPanel teams;
    private final H3 teamTitle = new H3();
    private final Paragraph bands = new Paragraph();
    private final Div notes = new Div();
    private final Div flags = new Div();
    private final ScatterPanel scatter;
    private final AgentsPanel agents;
    private final TrendPanel trend = new TrendPanel();
    private TeamAnalysis shown;
    private boolean loading;

    public SpeedQualityView(SpeedQualityService service) {
        this.service = service;
        setId("speed-quality");
        SpeedQualityRules rules = service.rules();
        Period period = service.defaultPeriod();

        List<TeamRef> teamList = service.teamList();
        team.setId("speed-team");
        team.setLabel(getTranslation("speed.team"));
        team.setItems(teamList);
        team.setItemLabelGenerator(TeamRef::name);
        from.setId("speed-from");
        from.setLabel(getTranslation("speed.from"));
        from.setValue(period.from());
        to.setId("speed-to");
        to.setLabel(getTranslation("speed.to"));
        to.setValue(period.to());
        measure.setId("speed-measure");
        measure.setLabel(getTranslation("speed.measure"));
        measure.setItems(Measure.QUALITY);
        measure.setItemLabelGenerator(m -> SpeedTexts.name(this, m));
        measure.setValue(Measure.QA);
        HorizontalLayout controls = new HorizontalLayout(team, from, to, measure);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);

        teams = new TeamsPanel(summary -> team.setValue(summary.team()));
        teamTitle.setId("speed-team-title");
        bands.setId("speed-bands");
        notes.setId("speed-notes");
        flags.setId("speed-flags");
        scatter = new ScatterPanel(this::pick);
        agents = new AgentsPanel(a -> trend.showAgent(shown.agent(a.agentId())));

        add(new H2(getTranslation("speed.title")),
                new Paragraph(getTranslation("speed.rule", rules.minContacts(), rules.minEvaluations(),
                        rules.minAgentsForBand(), Formats.decimal(rules.speedMarginPercent(), 0))),
                controls, teamTitle, bands, notes, scatter, new H3(getTranslation("speed.flags.title")), flags,
                new H3(getTranslation("speed.agents.title")), agents, trend,
                new H3(getTranslation("speed.teams.title")), teams);

        team.addValueChangeListener(e -> refreshTeam());
        measure.addValueChangeListener(e -> refreshTeam());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        // open on the first team with figures in the period (the first team when none has any)
        List<TeamSummary> summaries = service.teams(period);
        teams.show(summaries);
        loading = true;
        summaries.stream().filter(s -> s.agentsWithData() > 0).map(TeamSummary::team).findFirst()
                .or(() -> teamList.stream().findFirst()).ifPresent(team::setValue);
        loading = false;
        refreshTeam();
    }

    private Period period() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        try {
            Period period = new Period(start, end);
            to.setInvalid(false);
            return period;
        } catch (RefusedValueException e) {
            to.setErrorMessage(getTranslation("speed.error.period", Period.MAX_DAYS));
            to.setInvalid(true);
            return null;
        }
    }

    private void refresh() {
        if (loading) {
            return;
        }
        Period period = period();
        if (period == null) {
            return;
        }
        teams.show(service.teams(period));
        refreshTeam();
    }

    private void refreshTeam() {
        if (loading) {
            return;
        }
        Period period = period();
        if (period == null || team.getValue() == null) {
            return;
        }
        shown = service.team(team.getValue().id(), period);
        Measure quality = measure.getValue() == null ? Measure.QA : measure.getValue();
        teamTitle.setText(getTranslation("speed.team.title", shown.team().name(), Formats.date(period.from()),
                Formats.date(period.to())));
        bands.setText(bandsText(quality));
        notes.removeAll();
        shown.result().notes().forEach(n -> notes.add(note(n)));
        scatter.show(shown, quality);
        showFlags();
        agents.show(shown);
        trend.show(shown, quality);
    }

    private String bandsText(Measure quality) {
        StringBuilder text = new StringBuilder();
        for (Measure m : List.of(Measure.AHT, quality)) {
            Spread s = shown.result().spread(m);
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(s.hasBand()
                    ? getTranslation("speed.bands.line", SpeedTexts.name(this, m), SpeedTexts.band(this, m, s.quartiles()),
                            SpeedTexts.value(this, m, s.quartiles().median()), s.agentsWithEnoughData())
                    : getTranslation("speed.bands.none", SpeedTexts.name(this, m), s.agentsWithEnoughData(),
                            service.rules().minAgentsForBand()));
        }
        return text.toString();
    }

    private Paragraph note(Explanation n) {
        Paragraph p = new Paragraph(SpeedTexts.explain(this, n, null));
        p.addClassName("speed-note");
        return p;
    }

    private void showFlags() {
        flags.removeAll();
        List<AgentResult> flagged = shown.agentsByName().stream().filter(AgentResult::flagged).toList();
        if (flagged.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("speed.flags.none"));
            none.setId("speed-flags-none");
            flags.add(none);
            return;
        }
        for (AgentResult a : flagged) {
            AgentRef agent = shown.agent(a.agentId());
            for (Flag f : a.flags()) {
                Paragraph p = new Paragraph(SpeedTexts.explain(this, f.explanation(), agent.name()));
                p.setId("speed-flag-" + agent.employeeNumber());
                p.addClassName("speed-flag");
                p.addClassName(f.kind() == Flag.Kind.SPEED_OVER_QUALITY ? "speed-flag-fast" : "speed-flag-slow");
                flags.add(p);
            }
        }
    }

    private void pick(AgentRef agent) {
        trend.showAgent(agent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("speed.title") + " | " + getTranslation("app.name");
    }
}
