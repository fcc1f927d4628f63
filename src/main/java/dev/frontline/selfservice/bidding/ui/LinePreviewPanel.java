package dev.frontline.selfservice.bidding.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import dev.frontline.selfservice.bidding.BidPreview;
import dev.frontline.selfservice.bidding.BidPreview.PreviewLine;
import dev.frontline.shared.ui.Formats;

/**
 * The lines a round would offer from the chosen draft, before the planner opens it: how many agents would bid and, per
 * line, its days, times, weekly hours, places, queues and how many of the bidders could rank it. Nothing is stored.
 */
class LinePreviewPanel extends VerticalLayout {

    private final Span summary = new Span();
    private final Grid<PreviewLine> lines = new Grid<>();

    LinePreviewPanel() {
        setPadding(false);
        setId("bids-preview");
        summary.setId("bids-preview-summary");
        lines.setId("bids-preview-lines");
        lines.setAllRowsVisible(true);
        lines.addColumn(p -> p.line().number()).setHeader(getTranslation("selfservice.bids.col.line")).setAutoWidth(true);
        lines.addColumn(p -> Formats.integer(p.line().copies())).setHeader(getTranslation("selfservice.bids.col.copies"))
                .setAutoWidth(true);
        lines.addColumn(p -> BidTexts.weekdays(p.line().summary(), getLocale()))
                .setHeader(getTranslation("selfservice.bids.col.days"));
        lines.addColumn(p -> BidTexts.times(p.line().summary())).setHeader(getTranslation("selfservice.bids.col.times"));
        lines.addColumn(p -> BidTexts.weekly(p.line().summary())).setHeader(getTranslation("selfservice.bids.col.weekly"))
                .setAutoWidth(true);
        lines.addColumn(p -> p.line().summary().homeDays() + " / " + p.line().summary().officeDays()
                + (p.line().summary().sites().isEmpty() ? "" : " " + String.join(", ", p.line().summary().sites())))
                .setHeader(getTranslation("selfservice.bids.col.places"));
        lines.addColumn(p -> String.join(", ", p.line().queues())).setHeader(getTranslation("selfservice.bids.col.queues"));
        lines.addColumn(p -> Formats.integer(p.eligibleAgents())).setHeader(getTranslation("selfservice.bids.col.eligible"))
                .setAutoWidth(true);
        add(summary, lines);
        setVisible(false);
    }

    void show(BidPreview preview) {
        summary.setText(getTranslation("selfservice.bids.preview.summary", preview.rosterVersionId(),
                Formats.date(preview.firstDay()), Formats.date(preview.lastDay()), preview.lines().size(),
                preview.bidders()));
        lines.setItems(preview.lines());
        setVisible(true);
    }

    void clear() {
        lines.setItems(List.of());
        setVisible(false);
    }
}
