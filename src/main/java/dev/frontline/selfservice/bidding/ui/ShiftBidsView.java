package dev.frontline.selfservice.bidding.ui;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.BidRoundStatus;
import dev.frontline.db.enums.RosterStatus;
import dev.frontline.roster.service.RosterService;
import dev.frontline.roster.service.RosterVersionSummary;
import dev.frontline.security.Roles;
import dev.frontline.selfservice.bidding.AllocationReview;
import dev.frontline.selfservice.bidding.BidAward;
import dev.frontline.selfservice.bidding.BidLine;
import dev.frontline.selfservice.bidding.BidRefusedException;
import dev.frontline.selfservice.bidding.BidRound;
import dev.frontline.selfservice.bidding.BidService;
import dev.frontline.selfservice.bidding.engine.Precedence;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * The planner's shift choice: make a round from a solved draft (rule, deadline, lottery seed), see its lines with their
 * counts, allocate (after the deadline or early), review who got which rank (share of first choices, per team) and
 * apply the awards as a new draft roster version, published on the roster page the normal way.
 */
@Route("shift-bids")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.shift-bids", order = 36, icon = "vaadin:list-ol")
public class ShiftBidsView extends VerticalLayout implements HasDynamicTitle {

    private final BidService bids;
    private final RosterService rosters;
    private final Span message = new Span();
    private final Select<BidRound> round = new Select<>();
    private final Span summary = new Span();
    private final Grid<BidLine> lines = new Grid<>();
    private final Span review = new Span();
    private final Grid<AllocationReview.TeamShare> teams = new Grid<>();
    private final Grid<BidAward> awards = new Grid<>();
    private final Button allocate = new Button();
    private final Button apply = new Button();
    private final LinePreviewPanel preview = new LinePreviewPanel();

    public ShiftBidsView(BidService bids, RosterService rosters) {
        this.bids = bids;
        this.rosters = rosters;
        setId("shift-bids");
        message.setId("bids-planner-message");
        add(new H2(getTranslation("selfservice.bids.title")), new Span(getTranslation("selfservice.bids.explain")),
                createForm(), message, preview);

        round.setId("bids-round");
        round.setLabel(getTranslation("selfservice.bids.round"));
        round.setItemLabelGenerator(r -> getTranslation("selfservice.bids.round.item", r.id(), Formats.date(r.firstDay()),
                Formats.date(r.lastDay()), getTranslation("selfservice.bids.status." + r.status().getLiteral())));
        round.addValueChangeListener(e -> showRound(e.getValue()));
        allocate.setText(getTranslation("selfservice.bids.allocate"));
        allocate.setId("bids-allocate");
        allocate.addClickListener(e -> allocate());
        apply.setText(getTranslation("selfservice.bids.apply"));
        apply.setId("bids-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(e -> apply());
        HorizontalLayout pick = new HorizontalLayout(round, allocate, apply);
        pick.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pick.setWrap(true);
        summary.setId("bids-summary");

        lines.setId("bids-lines");
        lines.setAllRowsVisible(true);
        lines.addColumn(l -> l.number()).setHeader(getTranslation("selfservice.bids.col.line")).setAutoWidth(true);
        lines.addColumn(l -> Formats.integer(l.copies())).setHeader(getTranslation("selfservice.bids.col.copies"))
                .setAutoWidth(true);
        lines.addColumn(l -> BidTexts.weekdays(l.summary(), getLocale())).setHeader(getTranslation("selfservice.bids.col.days"));
        lines.addColumn(l -> BidTexts.times(l.summary())).setHeader(getTranslation("selfservice.bids.col.times"));
        lines.addColumn(l -> BidTexts.weekly(l.summary())).setHeader(getTranslation("selfservice.bids.col.weekly"))
                .setAutoWidth(true);
        lines.addColumn(l -> l.summary().homeDays() + " / " + l.summary().officeDays()
                + (l.summary().sites().isEmpty() ? "" : " " + String.join(", ", l.summary().sites())))
                .setHeader(getTranslation("selfservice.bids.col.places"));
        lines.addColumn(l -> String.join(", ", l.queues())).setHeader(getTranslation("selfservice.bids.col.queues"));
        lines.addColumn(l -> String.join(", ", l.contracts())).setHeader(getTranslation("selfservice.bids.col.contracts"));

        review.setId("bids-review");
        teams.setId("bids-teams");
        teams.setAllRowsVisible(true);
        teams.addColumn(t -> t.team() == null ? getTranslation("selfservice.bids.no-team") : t.team())
                .setHeader(getTranslation("selfservice.bids.col.team"));
        teams.addColumn(t -> Formats.integer(t.agents())).setHeader(getTranslation("selfservice.bids.col.agents"));
        teams.addColumn(t -> Formats.integer(t.firstChoices())).setHeader(getTranslation("selfservice.bids.col.first"));
        teams.addColumn(t -> Formats.integer(t.rankedLines())).setHeader(getTranslation("selfservice.bids.col.ranked"));
        teams.addColumn(t -> Formats.decimal(t.averageRank(), 1)).setHeader(getTranslation("selfservice.bids.col.average"));
        awards.setId("bids-awards");
        awards.addColumn(a -> a.place()).setHeader(getTranslation("selfservice.bids.col.place")).setAutoWidth(true);
        awards.addColumn(a -> a.agentName() + " (" + a.employeeNumber() + ")")
                .setHeader(getTranslation("selfservice.bids.col.agent"));
        awards.addColumn(a -> a.team() == null ? getTranslation("selfservice.bids.no-team") : a.team())
                .setHeader(getTranslation("selfservice.bids.col.team"));
        awards.addColumn(a -> a.lineNumber() == null ? "" : Integer.toString(a.lineNumber()))
                .setHeader(getTranslation("selfservice.bids.col.line")).setAutoWidth(true);
        awards.addColumn(a -> a.rank() == null ? getTranslation("selfservice.bids.not-ranked") : Integer.toString(a.rank()))
                .setHeader(getTranslation("selfservice.bids.col.rank")).setAutoWidth(true);
        awards.addColumn(a -> BidTexts.reason(this, a)).setHeader(getTranslation("selfservice.bids.col.reason"));

        add(pick, summary, lines, new H3(getTranslation("selfservice.bids.allocate")), review, teams, awards);
        reload(null);
    }

    private HorizontalLayout createForm() {
        List<RosterVersionSummary> drafts = rosters.versions().stream()
                .filter(v -> v.status() == RosterStatus.DRAFT && v.hardScore() != null).toList();
        Select<RosterVersionSummary> version = new Select<>();
        version.setId("bids-version");
        version.setLabel(getTranslation("selfservice.bids.version"));
        version.setItems(drafts);
        version.setItemLabelGenerator(v -> getTranslation("selfservice.bids.version.item", v.id(),
                dev.frontline.roster.service.RosterNames.display(v.name(), getLocale()),
                Formats.date(v.firstDay()), Formats.date(v.lastDay())));
        if (!drafts.isEmpty()) {
            version.setValue(drafts.get(0));
        } else {
            version.setHelperText(getTranslation("selfservice.bids.no-drafts"));
        }
        Select<Precedence> precedence = new Select<>();
        precedence.setId("bids-precedence");
        precedence.setLabel(getTranslation("selfservice.bids.precedence"));
        precedence.setItems(Precedence.values());
        precedence.setItemLabelGenerator(p -> getTranslation("selfservice.bids.precedence." + p.name()));
        precedence.setValue(Precedence.SENIORITY);
        ZoneId zone = UserZone.current();
        DateTimePicker deadline = new DateTimePicker(getTranslation("selfservice.bids.deadline"));
        deadline.setId("bids-deadline-input");
        deadline.setHelperText(zone.getId());
        LocalDate firstDay = drafts.isEmpty() ? LocalDate.now().plusDays(7) : drafts.get(0).firstDay();
        deadline.setValue(firstDay.minusDays(3).atTime(18, 0));
        BigDecimalField seed = new BigDecimalField(getTranslation("selfservice.bids.seed"));
        seed.setId("bids-seed");
        seed.setVisible(false);
        precedence.addValueChangeListener(e -> seed.setVisible(e.getValue() == Precedence.SEEDED_LOTTERY));
        version.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                deadline.setValue(e.getValue().firstDay().minusDays(3).atTime(18, 0));
            }
        });
        Button create = new Button(getTranslation("selfservice.bids.create"), e -> {
            if (version.getValue() == null) {
                message.setText(getTranslation("selfservice.bids.no-drafts"));
                return;
            }
            try {
                Long seedValue = precedence.getValue() == Precedence.SEEDED_LOTTERY && seed.getValue() != null
                        ? seed.getValue().longValueExact() : null;
                BidRound made = bids.createRound(version.getValue().id(), precedence.getValue(),
                        deadline.getValue() == null ? null : deadline.getValue().atZone(zone).toOffsetDateTime(),
                        seedValue);
                message.setText(getTranslation("selfservice.bids.created", made.id(), bids.lines(made.id()).size(),
                        made.participants()));
                preview.clear();
                reload(made.id());
            } catch (BidRefusedException refused) {
                refused(refused);
            } catch (ArithmeticException notWhole) {
                message.setText(getTranslation("selfservice.bids.refused", getTranslation("selfservice.bids.seed")));
            }
        });
        create.setId("bids-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button look = new Button(getTranslation("selfservice.bids.preview"), e -> {
            if (version.getValue() == null) {
                message.setText(getTranslation("selfservice.bids.no-drafts"));
                return;
            }
            try {
                preview.show(bids.preview(version.getValue().id()));
                message.setText("");
            } catch (BidRefusedException refused) {
                preview.clear();
                refused(refused);
            }
        });
        look.setId("bids-preview-button");
        version.addValueChangeListener(e -> preview.clear());
        deadline.setHelperText(getTranslation("selfservice.bids.deadline.helper", zone.getId(), bids.reminderHours()));
        HorizontalLayout form = new HorizontalLayout(version, precedence, deadline, seed, look, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void refused(BidRefusedException refused) {
        message.setText(getTranslation("selfservice.bids.refused",
                getTranslation("selfservice.bidding.refused." + refused.rule())));
    }

    private void reload(Long select) {
        List<BidRound> rounds = bids.rounds();
        round.setItems(rounds);
        if (!rounds.isEmpty()) {
            round.setValue(rounds.stream().filter(r -> select == null || r.id() == select).findFirst().orElse(rounds.get(0)));
        } else {
            showRound(null);
        }
    }

    private void showRound(BidRound selected) {
        allocate.setEnabled(selected != null && selected.status() != BidRoundStatus.APPLIED);
        apply.setEnabled(selected != null && selected.status() == BidRoundStatus.ALLOCATED);
        if (selected == null) {
            summary.setText("");
            lines.setItems(List.of());
            showReview(null);
            return;
        }
        String rule = getTranslation("selfservice.bids.precedence." + selected.precedence().name())
                + (selected.seed() == null ? "" : " (" + selected.seed() + ")");
        summary.setText(getTranslation("selfservice.bids.summary", rule,
                UserZone.dateTime(selected.deadline().toInstant()), bids.rankedCount(selected.id()),
                selected.participants()));
        lines.setItems(bids.lines(selected.id()));
        showReview(selected.status() == BidRoundStatus.OPEN ? null : bids.review(selected.id()));
    }

    private void showReview(AllocationReview result) {
        if (result == null) {
            review.setText("");
            teams.setItems(List.of());
            awards.setItems(List.of());
            return;
        }
        String text = getTranslation("selfservice.bids.review", result.firstChoices(), result.agents(),
                Formats.percent(result.firstChoiceShare() * 100, 0), result.rankedLines(), result.withoutLine());
        if (result.allocationMillis() != null) {
            text += " " + getTranslation("selfservice.bids.timing", Formats.decimal(result.allocationMillis(), 1));
        }
        if (result.round().appliedVersionId() != null) {
            text += " " + getTranslation("selfservice.bids.applied", result.round().appliedVersionId());
        }
        review.setText(text);
        teams.setItems(result.teams());
        awards.setItems(result.awards());
    }

    private void allocate() {
        BidRound selected = round.getValue();
        if (selected == null) {
            return;
        }
        try {
            AllocationReview result = bids.allocate(selected.id());
            reload(selected.id());
            showReview(result);
        } catch (BidRefusedException refused) {
            refused(refused);
        }
    }

    private void apply() {
        BidRound selected = round.getValue();
        if (selected == null) {
            return;
        }
        try {
            BidRound applied = bids.apply(selected.id());
            message.setText(getTranslation("selfservice.bids.applied", applied.appliedVersionId()));
            reload(applied.id());
        } catch (BidRefusedException refused) {
            refused(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.shift-bids") + " | " + getTranslation("app.name");
    }
}
