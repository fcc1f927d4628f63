package dev.frontline.selfservice.preferences.ui;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.db.enums.WishKind;
import dev.frontline.security.Roles;
import dev.frontline.selfservice.preferences.MyWishes;
import dev.frontline.selfservice.preferences.PreferenceService;
import dev.frontline.selfservice.preferences.PreferenceWindow;
import dev.frontline.selfservice.preferences.ReasonWording;
import dev.frontline.selfservice.preferences.Wish;
import dev.frontline.selfservice.preferences.WishDraft;
import dev.frontline.selfservice.preferences.WishOutcome;
import dev.frontline.selfservice.preferences.WishRefusedException;
import dev.frontline.shared.ui.Formats;
import dev.frontline.shared.ui.UserZone;

/**
 * An agent's wishes for a preference window, phone-first: the window and the points left of the budget, a form for a
 * new wish (a weekday or one date; a start range for a START wish), and each wish as a card with what the roster
 * made of it, date by date, with the reason in plain words when it was refused.
 */
@Route("me/wishes")
@RolesAllowed(Roles.AGENT)
@Menu(title = "nav.my-wishes", order = 6, icon = "vaadin:heart")
public class MyWishesView extends VerticalLayout implements HasDynamicTitle {

    private final PreferenceService preferences;
    private final I18NProvider i18n;
    private final Select<PreferenceWindow> window = new Select<>();
    private final Span budget = new Span();
    /** The hybrid policy the agent's home and office wishes meet: shown as a nudge, not enforced when wishing. */
    private final Span officePolicy = new Span();
    private final Span message = new Span();
    private final Div form = new Div();
    private final Select<WishKind> kind = new Select<>();
    private final Select<DayOfWeek> weekday = new Select<>();
    private final DatePicker date = new DatePicker();
    private final TimePicker earliest = new TimePicker();
    private final TimePicker latest = new TimePicker();
    private final IntegerField priority = new IntegerField();
    private final VerticalLayout list = new VerticalLayout();

    public MyWishesView(PreferenceService preferences, I18NProvider i18n) {
        this.preferences = preferences;
        this.i18n = i18n;
        setId("my-wishes");
        setMaxWidth("40rem");
        window.setId("wishes-window");
        window.setLabel(getTranslation("selfservice.wishes.window"));
        window.setItemLabelGenerator(w -> getTranslation("selfservice.wishes.window.item", Formats.date(w.firstDay()),
                Formats.date(w.lastDay())));
        window.setWidthFull();
        window.addValueChangeListener(e -> refresh());
        budget.setId("wishes-budget");
        officePolicy.setId("wishes-office-policy");
        officePolicy.addClassName("fl-nudge");
        message.setId("wishes-message");
        list.setId("wishes-list");
        list.setPadding(false);
        buildForm();
        List<PreferenceWindow> windows = preferences.currentWindows();
        add(new H2(getTranslation("selfservice.wishes.title")));
        if (windows.isEmpty()) {
            Span none = new Span(getTranslation("selfservice.wishes.none-open"));
            none.setId("wishes-none");
            add(none);
            return;
        }
        add(window, budget, officePolicy, form, message, new H3(getTranslation("selfservice.wishes.mine")), list);
        window.setItems(windows);
        window.setValue(windows.get(0));
    }

    private void buildForm() {
        form.setId("wishes-form");
        form.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)");
        kind.setId("wishes-kind");
        kind.setLabel(getTranslation("selfservice.wishes.kind"));
        kind.setItems(WishKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("selfservice.wishes.kind." + k.getLiteral()));
        kind.setValue(WishKind.DAY_OFF);
        kind.addValueChangeListener(e -> showStartFields());
        weekday.setId("wishes-weekday");
        weekday.setLabel(getTranslation("selfservice.wishes.weekday"));
        weekday.setItems(DayOfWeek.values());
        weekday.setEmptySelectionAllowed(true);
        weekday.setEmptySelectionCaption(getTranslation("selfservice.wishes.weekday.none"));
        weekday.setItemLabelGenerator(d -> d == null ? getTranslation("selfservice.wishes.weekday.none")
                : d.getDisplayName(TextStyle.FULL, Formats.locale()));
        date.setId("wishes-date");
        date.setLabel(getTranslation("selfservice.wishes.date"));
        date.setLocale(Formats.locale());
        earliest.setId("wishes-earliest");
        earliest.setLabel(getTranslation("selfservice.wishes.earliest"));
        latest.setId("wishes-latest");
        latest.setLabel(getTranslation("selfservice.wishes.latest"));
        priority.setId("wishes-priority");
        priority.setLabel(getTranslation("selfservice.wishes.priority"));
        priority.setMin(1);
        priority.setStepButtonsVisible(true);
        priority.setValue(10);
        Button add = new Button(getTranslation("selfservice.wishes.add"), e -> addWish());
        add.setId("wishes-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(kind, weekday, date, earliest, latest, priority, add);
        showStartFields();
    }

    private void showStartFields() {
        boolean start = kind.getValue() == WishKind.START;
        earliest.setVisible(start);
        latest.setVisible(start);
    }

    private void addWish() {
        PreferenceWindow chosen = window.getValue();
        boolean start = kind.getValue() == WishKind.START;
        try {
            preferences.addMyWish(chosen.id(), new WishDraft(kind.getValue(), weekday.getValue(), date.getValue(),
                    start ? earliest.getValue() : null, start ? latest.getValue() : null, priority.getValue()));
            message.setText(getTranslation("selfservice.wishes.added"));
            date.clear();
            weekday.clear();
        } catch (WishRefusedException e) {
            message.setText(e.reason(getLocale()));
        }
        refresh();
    }

    /** "Your team meets in the office on Tuesday. Your contract asks for 2 office days a week: …", or empty. */
    private String officePolicy(MyWishes mine) {
        StringBuilder text = new StringBuilder();
        if (mine.teamOfficeDay() != null) {
            text.append(getTranslation("selfservice.officedays.anchor",
                    mine.teamOfficeDay().getDisplayName(TextStyle.FULL, getLocale())));
        }
        if (mine.minOfficeDaysPerWeek() > 0) {
            text.append(text.isEmpty() ? "" : " ").append(getTranslation("selfservice.wishes.office-minimum",
                    mine.minOfficeDaysPerWeek()));
        }
        return text.toString();
    }

    private void refresh() {
        PreferenceWindow chosen = window.getValue();
        list.removeAll();
        if (chosen == null) {
            return;
        }
        MyWishes mine = preferences.myWishes(chosen.id());
        budget.setText(getTranslation("selfservice.wishes.budget", mine.priorityLeft(), chosen.priorityBudget(),
                UserZone.dateTime(chosen.deadline().toInstant())));
        form.setVisible(mine.open());
        officePolicy.setText(officePolicy(mine));
        officePolicy.setVisible(!officePolicy.getText().isEmpty());
        Map<Long, List<WishOutcome>> outcomes = mine.outcomes().stream().collect(Collectors.groupingBy(WishOutcome::wishId));
        if (mine.wishes().isEmpty()) {
            list.add(new Span(getTranslation("selfservice.wishes.empty")));
        }
        for (Wish wish : mine.wishes()) {
            list.add(card(wish, outcomes.getOrDefault(wish.id(), List.of()), mine.open()));
        }
    }

    private Div card(Wish wish, List<WishOutcome> outcomes, boolean open) {
        Div card = new Div();
        card.setId("wish-" + wish.id());
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)").set("width", "100%").set("box-sizing", "border-box");
        Span what = new Span(describe(wish));
        what.getStyle().set("font-weight", "600");
        card.add(what, new Div(new Span(getTranslation("selfservice.wishes.points", wish.priority()))));
        for (WishOutcome outcome : outcomes) {
            Div line = new Div(new Span(Formats.shortDate(outcome.date()) + ": "
                    + ReasonWording.sentence(i18n, getLocale(), outcome)));
            line.addClassName(outcome.honoured() ? "wish-honoured" : "wish-refused");
            line.getStyle().set("color", outcome.honoured() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
            card.add(line);
        }
        if (open) {
            Button withdraw = new Button(getTranslation("selfservice.wishes.withdraw"), e -> {
                preferences.withdrawMyWish(wish.id());
                refresh();
            });
            withdraw.setId("wish-withdraw-" + wish.id());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            card.add(withdraw);
        }
        return card;
    }

    private String describe(Wish wish) {
        String day = wish.onDate() != null ? Formats.date(wish.onDate())
                : getTranslation("selfservice.wishes.every", wish.weekday().getDisplayName(TextStyle.FULL, Formats.locale()));
        String kindText = getTranslation("selfservice.wishes.kind." + wish.kind().getLiteral());
        if (wish.kind() == WishKind.START) {
            DateTimeFormatter clock = DateTimeFormatter.ofPattern("HH:mm");
            return getTranslation("selfservice.wishes.start-range", day, wish.earliestStart().format(clock),
                    wish.latestStart().format(clock));
        }
        return day + ": " + kindText;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-wishes") + " | " + getTranslation("app.name");
    }
}
