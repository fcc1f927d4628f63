package dev.frontline.staffing.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.staffing.EffectiveShrinkage;
import dev.frontline.staffing.InvalidShrinkageException;
import dev.frontline.staffing.RequirementService;
import dev.frontline.staffing.ShrinkageRule;
import dev.frontline.staffing.ShrinkageService;
import dev.frontline.staffing.ShrinkageTable;
import dev.frontline.staffing.StaffingQueue;

/**
 * The shrinkage table: planned and unplanned shrinkage per weekday for one queue or for every queue (the defaults),
 * each row with the value that actually applies and the row it comes from. An empty row inherits.
 */
@Route("shrinkage")
@RolesAllowed(Roles.PLANNER)
@Menu(title = "nav.shrinkage", order = 5, icon = "vaadin:coffee")
public class ShrinkageView extends VerticalLayout implements HasDynamicTitle {

    /** The scope being edited: a queue, or every queue when {@code queue} is null. */
    record Scope(StaffingQueue queue) {
        Long queueId() {
            return queue == null ? null : queue.id();
        }
    }

    /** One editor row: "every day" (weekday null) or a weekday. */
    private record RowFields(DayOfWeek weekday, NumberField planned, NumberField unplanned, Span effective) {
    }

    /** A queue id no queue has, to ask the table what the defaults alone give. */
    private static final long NO_QUEUE = -1;

    private final ShrinkageService shrinkage;
    private final Select<Scope> scope = new Select<>();
    private final List<RowFields> rows = new ArrayList<>();

    public ShrinkageView(ShrinkageService shrinkage, RequirementService requirements) {
        this.shrinkage = shrinkage;
        setId("shrinkage");
        add(new H2(getTranslation("shrinkage.title")), new Paragraph(getTranslation("shrinkage.intro")));

        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(null));
        requirements.queues().forEach(q -> scopes.add(new Scope(q)));
        scope.setId("shrink-scope");
        scope.setLabel(getTranslation("shrinkage.scope"));
        scope.setItems(scopes);
        scope.setItemLabelGenerator(s -> s.queue() == null ? getTranslation("shrinkage.scope.defaults") : s.queue().name());
        scope.addValueChangeListener(change -> load());
        add(scope);

        HorizontalLayout header = row(new Span(getTranslation("shrinkage.col.day")), new Span(getTranslation("shrinkage.col.planned")),
                new Span(getTranslation("shrinkage.col.unplanned")), new Span(getTranslation("shrinkage.col.effective")));
        header.getStyle().set("font-weight", "600");
        add(header);
        addRow(null);
        for (DayOfWeek day : DayOfWeek.values()) {
            addRow(day);
        }
        Button save = new Button(getTranslation("shrinkage.save"), click -> save());
        save.setId("shrink-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);
        scope.setValue(scopes.get(0));
    }

    static String key(DayOfWeek day) {
        return day == null ? "all" : day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT);
    }

    private String dayName(DayOfWeek day) {
        return day == null ? getTranslation("shrinkage.every-day") : day.getDisplayName(TextStyle.FULL, Formats.locale());
    }

    private void addRow(DayOfWeek day) {
        NumberField planned = percentField("shrink-planned-" + key(day));
        NumberField unplanned = percentField("shrink-unplanned-" + key(day));
        Span effective = new Span();
        effective.setId("shrink-effective-" + key(day));
        rows.add(new RowFields(day, planned, unplanned, effective));
        add(row(new Span(dayName(day)), planned, unplanned, effective));
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... cells) {
        HorizontalLayout row = new HorizontalLayout(cells);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        for (com.vaadin.flow.component.Component c : cells) {
            c.getElement().getStyle().set("width", c instanceof NumberField ? "9em" : "14em");
        }
        return row;
    }

    private NumberField percentField(String id) {
        NumberField field = new NumberField();
        field.setId(id);
        field.setSuffixComponent(new Span("%"));
        field.setPlaceholder(getTranslation("shrinkage.inherit"));
        field.addValueChangeListener(change -> field.setInvalid(false));
        return field;
    }

    private void load() {
        Scope s = scope.getValue();
        Map<DayOfWeek, ShrinkageRule> own = new LinkedHashMap<>();
        ShrinkageRule everyDay = null;
        for (ShrinkageRule rule : shrinkage.rulesOf(s.queueId())) {
            if (rule.weekday() == null) {
                everyDay = rule;
            } else {
                own.put(rule.weekday(), rule);
            }
        }
        for (RowFields row : rows) {
            ShrinkageRule rule = row.weekday() == null ? everyDay : own.get(row.weekday());
            row.planned().setValue(rule == null ? null : rule.plannedPercent());
            row.unplanned().setValue(rule == null ? null : rule.unplannedPercent());
            row.planned().setInvalid(false);
            row.unplanned().setInvalid(false);
        }
        showEffective();
    }

    private void showEffective() {
        ShrinkageTable table = shrinkage.table();
        Long queueId = scope.getValue().queueId();
        for (RowFields row : rows) {
            if (row.weekday() == null) {
                row.effective().setText("");
                continue;
            }
            EffectiveShrinkage e = table.effective(queueId == null ? NO_QUEUE : queueId, row.weekday());
            row.effective().setText(getTranslation("shrinkage.effective", Formats.percent(e.totalPercent(), 1),
                    Formats.percent(e.plannedPercent(), 1), Formats.percent(e.unplannedPercent(), 1),
                    getTranslation("shrinkage.source." + e.source().name())));
        }
    }

    void save() {
        List<ShrinkageService.Entry> entries = new ArrayList<>();
        for (RowFields row : rows) {
            entries.add(new ShrinkageService.Entry(row.weekday(), row.planned().getValue(), row.unplanned().getValue()));
        }
        try {
            shrinkage.save(scope.getValue().queueId(), entries);
        } catch (InvalidShrinkageException e) {
            RowFields row = rows.stream().filter(r -> r.weekday() == e.weekday()).findFirst().orElseThrow();
            String message = getTranslation("shrinkage.error." + e.problem().name(), dayName(e.weekday()),
                    Formats.percent(e.value(), 2));
            if (e.field() != InvalidShrinkageException.Field.UNPLANNED) {
                invalid(row.planned(), message);
            }
            if (e.field() != InvalidShrinkageException.Field.PLANNED) {
                invalid(row.unplanned(), message);
            }
            return;
        }
        showEffective();
        Notification.show(getTranslation("shrinkage.saved"), 4000, Notification.Position.BOTTOM_START);
    }

    private static void invalid(NumberField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shrinkage.title") + " | " + getTranslation("app.name");
    }
}
