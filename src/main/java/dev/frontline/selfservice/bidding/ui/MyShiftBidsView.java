package dev.frontline.selfservice.bidding.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.dnd.EffectAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.selfservice.bidding.BidLine;
import dev.frontline.selfservice.bidding.BidRefusedException;
import dev.frontline.selfservice.bidding.BidService;
import dev.frontline.selfservice.bidding.MyBidRound;
import dev.frontline.selfservice.bidding.engine.Place;
import dev.frontline.selfservice.bidding.engine.Precedence;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * An agent's shift choice, phone-first (one column of cards, no horizontal scroll at 390 px): the round's period,
 * deadline and rule, their place in the order and why, their award once applied, their ranking with up, down and
 * remove buttons, and the other lines they may rank with an add button; with a mouse, a line can also be dragged onto
 * a ranked line to take its place. Save keeps the ranking until the deadline.
 */
@Route("me/shift-bids")
@RolesAllowed(Roles.AGENT)
@Menu(title = "nav.my-shift-bids", order = 8.5, icon = "vaadin:list-ol")
public class MyShiftBidsView extends VerticalLayout implements HasDynamicTitle {

    private final BidService bids;
    private final Span message = new Span();
    private final VerticalLayout ranked = new VerticalLayout();
    private final VerticalLayout others = new VerticalLayout();
    private final Button save = new Button();
    private MyBidRound round;
    private final List<Long> ranking = new ArrayList<>();
    private final Map<Long, BidLine> lines = new LinkedHashMap<>();

    public MyShiftBidsView(BidService bids) {
        this.bids = bids;
        setId("my-shift-bids");
        setMaxWidth("40rem");
        setWidthFull();
        message.setId("bids-message");
        ranked.setId("bids-ranking");
        ranked.setPadding(false);
        others.setId("bids-eligible");
        others.setPadding(false);
        save.setText(getTranslation("selfservice.bidding.save"));
        save.setId("bids-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        add(new H2(getTranslation("selfservice.bidding.title")));
        Optional<MyBidRound> current = bids.myCurrentRound();
        if (current.isEmpty()) {
            Span none = new Span(getTranslation("selfservice.bidding.none"));
            none.setId("bids-none");
            add(none);
            return;
        }
        show(current.get());
    }

    private void show(MyBidRound mine) {
        round = mine;
        lines.clear();
        mine.eligibleLines().forEach(l -> lines.put(l.id(), l));
        ranking.clear();
        ranking.addAll(mine.ranking());
        removeAll();
        add(new H2(getTranslation("selfservice.bidding.title")), new Span(getTranslation("selfservice.bidding.explain")));
        Span period = new Span(getTranslation("selfservice.bidding.period", Formats.date(mine.round().firstDay()),
                Formats.date(mine.round().lastDay())));
        period.setId("bids-period");
        Span deadline = new Span(mine.open() ? getTranslation("selfservice.bidding.deadline",
                UserZone.dateTime(mine.round().deadline().toInstant())) : getTranslation("selfservice.bidding.closed"));
        deadline.setId("bids-deadline");
        Precedence rule = mine.round().precedence();
        Span ruleText = new Span(getTranslation("selfservice.bidding.rule." + rule.name(),
                mine.round().seed() == null ? "" : Long.toString(mine.round().seed())));
        ruleText.setId("bids-rule");
        Span place = new Span(placeText(mine));
        place.setId("bids-place");
        place.getStyle().set("font-weight", "600");
        add(period, deadline, ruleText, place);
        if (mine.award() != null) {
            Span award = new Span(BidTexts.award(this, mine.award()));
            award.setId("bids-award");
            award.getStyle().set("font-weight", "600");
            add(award);
        }
        add(message, new H3(getTranslation("selfservice.bidding.my-ranking")), ranked);
        if (mine.open()) {
            add(save, new H3(getTranslation("selfservice.bidding.eligible")), others);
        }
        redraw();
    }

    private String placeText(MyBidRound mine) {
        String basis = mine.basis();
        List<String> args = mine.basisArgs();
        return switch (basis) {
            case Place.HIRED -> getTranslation("selfservice.bidding.place.HIRED", mine.place(), mine.of(),
                    Formats.date(java.time.LocalDate.parse(args.get(0))));
            case Place.PREVIOUS_RANK -> getTranslation("selfservice.bidding.place.PREVIOUS_RANK", mine.place(), mine.of(),
                    Integer.parseInt(args.get(0)));
            case Place.LOTTERY -> getTranslation("selfservice.bidding.place.LOTTERY", mine.place(), mine.of(), args.get(0));
            default -> getTranslation("selfservice.bidding.place." + basis, mine.place(), mine.of());
        };
    }

    private void redraw() {
        ranked.removeAll();
        others.removeAll();
        boolean open = round.open();
        if (ranking.isEmpty()) {
            ranked.add(new Span(getTranslation("selfservice.bidding.ranking-empty")));
        }
        for (int i = 0; i < ranking.size(); i++) {
            BidLine line = lines.get(ranking.get(i));
            Div card = card(line, (i + 1) + ". ");
            card.setId("bids-ranked-" + line.id());
            if (open) {
                int index = i;
                draggable(card, line.id());
                dropOnto(card, index);
                Button up = small(getTranslation("selfservice.bidding.up"), "bids-up-" + line.id(), () -> move(index, -1));
                up.setEnabled(i > 0);
                Button down = small(getTranslation("selfservice.bidding.down"), "bids-down-" + line.id(),
                        () -> move(index, 1));
                down.setEnabled(i < ranking.size() - 1);
                Button remove = small(getTranslation("selfservice.bidding.remove"), "bids-remove-" + line.id(), () -> {
                    ranking.remove(index);
                    redraw();
                });
                HorizontalLayout buttons = new HorizontalLayout(up, down, remove);
                buttons.setWrap(true);
                card.add(buttons);
            }
            ranked.add(card);
        }
        if (!open) {
            return;
        }
        List<BidLine> rest = lines.values().stream().filter(l -> !ranking.contains(l.id())).toList();
        if (rest.isEmpty()) {
            others.add(new Span(getTranslation("selfservice.bidding.all-ranked")));
        }
        for (BidLine line : rest) {
            Div card = card(line, "");
            card.setId("bids-line-" + line.id());
            draggable(card, line.id());
            Button add = small(getTranslation("selfservice.bidding.add"), "bids-add-" + line.id(), () -> {
                ranking.add(line.id());
                redraw();
            });
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(add);
            others.add(card);
        }
    }

    private Div card(BidLine line, String prefix) {
        Span title = new Span(prefix + getTranslation("selfservice.bidding.line", line.number()) + " · "
                + getTranslation("selfservice.bidding.line.copies", line.copies()));
        title.getStyle().set("font-weight", "600");
        Div card = new Div(new Div(title));
        for (String row : BidTexts.describe(this, line, round.round().timeZone())) {
            card.add(new Div(new Span(row)));
        }
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                .set("width", "100%").set("box-sizing", "border-box").set("overflow-wrap", "anywhere");
        return card;
    }

    private Button small(String text, String id, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /** A line's card can be dragged onto a ranked line (by mouse; touch and keyboard use the buttons). */
    private static void draggable(Div card, long lineId) {
        DragSource<Div> source = DragSource.create(card);
        source.setDragData(lineId);
        source.setEffectAllowed(EffectAllowed.MOVE);
        card.getStyle().set("cursor", "grab");
    }

    /** Dropping a line onto the ranked line at {@code index} puts it in that place, the others move up or down. */
    private void dropOnto(Div card, int index) {
        DropTarget<Div> target = DropTarget.create(card);
        target.setDropEffect(DropEffect.MOVE);
        target.addDropListener(e -> e.getDragData().filter(Long.class::isInstance)
                .ifPresent(data -> place((Long) data, index)));
    }

    /** Puts a line (ranked already or not) at {@code index} of the ranking. */
    void place(long lineId, int index) {
        ranking.remove(Long.valueOf(lineId));
        ranking.add(Math.min(index, ranking.size()), lineId);
        redraw();
    }

    private void move(int index, int by) {
        int to = index + by;
        if (to < 0 || to >= ranking.size()) {
            return;
        }
        Long line = ranking.remove(index);
        ranking.add(to, line);
        redraw();
    }

    private void save() {
        try {
            MyBidRound saved = bids.saveRanking(round.round().id(), List.copyOf(ranking));
            show(saved);
            message.setText(getTranslation("selfservice.bidding.saved", saved.ranking().size()));
        } catch (BidRefusedException refused) {
            message.setText(getTranslation("selfservice.bids.refused",
                    getTranslation("selfservice.bidding.refused." + refused.rule())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-shift-bids") + " | " + getTranslation("app.name");
    }
}
