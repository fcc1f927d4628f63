package dev.frontline.training.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;

import dev.frontline.security.Roles;
import dev.frontline.shared.ui.Formats;
import dev.frontline.training.Trainer;
import dev.frontline.training.TrainerService;
import dev.frontline.training.TrainingException;
import dev.frontline.training.TrainingException.Kind;
import dev.frontline.training.engine.Refusal;

/**
 * When the catalogue's named trainers teach (docs/training.md, "Trainers' availability"): a grid of the trainers with
 * their week ("Mon–Fri 09:00–17:00" or "any time") and days away, and for HR an editor of one trainer's weekday
 * windows and days away (one a line, "2026-12-14 Conference"). A refusal is shown under the form, its field marked.
 */
class TrainersPanel extends VerticalLayout {

    private final transient TrainerService trainers;
    final Grid<Trainer> grid = new Grid<>();
    final Map<DayOfWeek, Checkbox> days = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, TimePicker> froms = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, TimePicker> tos = new EnumMap<>(DayOfWeek.class);
    final TextArea away = new TextArea();
    final Button save = new Button();
    final Paragraph message = new Paragraph();
    private final VerticalLayout editor = new VerticalLayout();
    private Trainer editing;

    TrainersPanel(TrainerService trainers) {
        this.trainers = trainers;
        setId("training-trainers");
        setPadding(false);
        grid.setId("training-trainer-grid");
        grid.addColumn(Trainer::name).setHeader(getTranslation("training.col.trainer")).setFlexGrow(2);
        grid.addColumn(this::week).setHeader(getTranslation("training.col.week")).setFlexGrow(3);
        grid.addColumn(this::awayDays).setHeader(getTranslation("training.col.away")).setFlexGrow(2);
        grid.setHeight("200px");
        grid.asSingleSelect().addValueChangeListener(e -> edit(e.getValue()));

        editor.setPadding(false);
        editor.setId("trainer-editor");
        for (DayOfWeek day : DayOfWeek.values()) {
            String key = day.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT);
            Checkbox on = new Checkbox(day.getDisplayName(TextStyle.FULL, Formats.locale()));
            on.setId("trainer-day-" + key);
            on.setWidth("9em");
            TimePicker from = new TimePicker();
            from.setId("trainer-from-" + key);
            from.setAriaLabel(getTranslation("training.trainers.from"));
            from.setStep(java.time.Duration.ofMinutes(15));
            TimePicker to = new TimePicker();
            to.setId("trainer-to-" + key);
            to.setAriaLabel(getTranslation("training.trainers.to"));
            to.setStep(java.time.Duration.ofMinutes(15));
            on.addValueChangeListener(e -> {
                from.setEnabled(e.getValue());
                to.setEnabled(e.getValue());
            });
            days.put(day, on);
            froms.put(day, from);
            tos.put(day, to);
            HorizontalLayout row = new HorizontalLayout(on, from, to);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            editor.add(row);
        }
        away.setId("trainer-away");
        away.setLabel(getTranslation("training.trainers.away-field"));
        away.setWidth("28em");
        save.setId("trainer-save");
        save.setText(getTranslation("training.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        message.setId("trainer-message");
        editor.add(away, save);
        editor.setVisible(false);

        add(new H3(getTranslation("training.trainers.title")),
                new Paragraph(getTranslation("training.trainers.intro")), grid, editor, message);
        refresh();
    }

    void refresh() {
        grid.setItems(trainers.trainers());
    }

    /** The trainer's week as planners read it: "Mon–Fri 09:00–17:00, Sat 10:00–14:00", or "any time". */
    String week(Trainer t) {
        if (t.hours().isEmpty()) {
            return getTranslation("training.trainers.any-time");
        }
        Map<DayOfWeek, Trainer.Hours> byDay = new EnumMap<>(DayOfWeek.class);
        t.hours().forEach(h -> byDay.put(h.weekday(), h));
        List<String> runs = new ArrayList<>();
        DayOfWeek[] week = DayOfWeek.values();
        for (int i = 0; i < week.length; i++) {
            Trainer.Hours h = byDay.get(week[i]);
            if (h == null) {
                continue;
            }
            int last = i;
            while (last + 1 < week.length && byDay.get(week[last + 1]) != null
                    && sameWindow(h, byDay.get(week[last + 1]))) {
                last++;
            }
            String dayText = last == i ? shortName(week[i]) : shortName(week[i]) + "–" + shortName(week[last]);
            runs.add(dayText + " " + h.from() + "–" + h.to());
            i = last;
        }
        return String.join(", ", runs);
    }

    private static boolean sameWindow(Trainer.Hours a, Trainer.Hours b) {
        return a.from().equals(b.from()) && a.to().equals(b.to());
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Formats.locale());
    }

    String awayDays(Trainer t) {
        return t.away().stream()
                .map(a -> a.reason() == null ? a.day().toString() : a.day() + " (" + a.reason() + ")")
                .collect(Collectors.joining(", "));
    }

    private static boolean hr() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Roles.HR).equals(a.getAuthority()));
    }

    private void edit(Trainer trainer) {
        editing = trainer;
        message.setText(trainer == null || hr() ? "" : getTranslation("training.trainers.read-only"));
        editor.setVisible(trainer != null && hr());
        clearInvalid();
        for (DayOfWeek day : DayOfWeek.values()) {
            Trainer.Hours h = trainer == null ? null : trainer.hours().stream()
                    .filter(x -> x.weekday() == day).findFirst().orElse(null);
            days.get(day).setValue(h != null);
            froms.get(day).setValue(h == null ? null : h.from());
            tos.get(day).setValue(h == null ? null : h.to());
            froms.get(day).setEnabled(h != null);
            tos.get(day).setEnabled(h != null);
        }
        away.setValue(trainer == null ? "" : trainer.away().stream()
                .map(a -> a.reason() == null ? a.day().toString() : a.day() + " " + a.reason())
                .collect(Collectors.joining("\n")));
    }

    private void clearInvalid() {
        froms.values().forEach(p -> p.setInvalid(false));
        tos.values().forEach(p -> p.setInvalid(false));
        away.setInvalid(false);
    }

    void save() {
        if (editing == null) {
            return;
        }
        clearInvalid();
        List<DayOfWeek> order = new ArrayList<>();
        List<Trainer.Hours> hours = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.get(day).getValue()) {
                order.add(day);
                hours.add(new Trainer.Hours(day, froms.get(day).getValue(), tos.get(day).getValue()));
            }
        }
        List<Trainer.Away> awayDays = new ArrayList<>();
        List<Refusal> unreadable = new ArrayList<>();
        List<String> lines = away.getValue().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\\s+", 2);
            try {
                awayDays.add(new Trainer.Away(LocalDate.parse(parts[0]), parts.length > 1 ? parts[1] : null));
            } catch (DateTimeParseException notADate) {
                unreadable.add(Refusal.of("away[" + i + "].day", "day-format", parts[0]));
            }
        }
        try {
            if (!unreadable.isEmpty()) {
                throw new TrainingException(Kind.BAD_INPUT, unreadable);
            }
            Trainer saved = trainers.replace(editing.name(), editing.version(), hours, awayDays);
            refresh();
            grid.select(saved);
            message.setText(getTranslation("training.trainers.saved", saved.name()));
        } catch (TrainingException refused) {
            message.setText(TrainingTexts.refusals(refused));
            for (Refusal r : refused.refusals()) {
                mark(r, order);
            }
        }
    }

    /** Marks the field of a refusal: hours[i].from/to on the i-th weekday ticked, away[..] on the days away. */
    private void mark(Refusal refusal, List<DayOfWeek> order) {
        String field = refusal.field();
        if (field.startsWith("away")) {
            away.setInvalid(true);
            away.setErrorMessage(TrainingTexts.refusal(refusal));
            return;
        }
        if (!field.startsWith("hours[")) {
            return;
        }
        int index = Integer.parseInt(field.substring(6, field.indexOf(']')));
        if (index >= order.size()) {
            return;
        }
        DayOfWeek day = order.get(index);
        Component picker = field.endsWith(".from") ? froms.get(day) : tos.get(day);
        if (picker instanceof TimePicker p) {
            p.setInvalid(true);
            p.setErrorMessage(TrainingTexts.refusal(refusal));
        }
    }
}
