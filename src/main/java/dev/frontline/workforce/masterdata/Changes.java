package dev.frontline.workforce.masterdata;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import dev.frontline.db.enums.AgentStatus;
import dev.frontline.db.enums.ChannelType;
import dev.frontline.db.enums.ExitKind;
import dev.frontline.shared.text.Phrase;
import dev.frontline.workforce.ExitReasonNames;
import dev.frontline.workforce.masterdata.AgentDraft.AvailabilityException;
import dev.frontline.workforce.masterdata.AgentDraft.SkillLevel;
import dev.frontline.workforce.masterdata.AgentDraft.WeeklySlot;
import dev.frontline.workforce.masterdata.ContractDraft.AllowedTemplate;
import dev.frontline.workforce.masterdata.SiteDraft.LocalHoliday;

/**
 * Audit details of a change, field by field ("Office seats: 60 → 62"), read off the records' components, as phrases:
 * each field is named by its bundle key {@code masterdata.field.<component>} and each value is kept as data (dates,
 * numbers, weekdays, statuses and exit-reason categories as keys), so a Turkish or Polish reader of the audit trail
 * sees the field names and values in their language; the English reading is what the trail stores beside it.
 */
final class Changes {

    /** The key of a field's name: {@code masterdata.field.} and the record component's name. */
    static final String FIELD = "masterdata.field.";

    private Changes() {
    }

    /** Every component of a new record that has a value, for a CREATE or DELETE event. */
    static Phrase describe(Record created) {
        List<Phrase> parts = new ArrayList<>();
        for (RecordComponent component : created.getClass().getRecordComponents()) {
            Object value = value(component, created);
            if (value != null && !(value instanceof Collection<?> c && c.isEmpty())) {
                parts.add(Phrase.of("masterdata.audit.value", field(component), shown(component, value)));
            }
        }
        return joined(parts);
    }

    /** The components that differ, old → new; empty when nothing changed. */
    static Optional<Phrase> diff(Record before, Record after) {
        List<Phrase> parts = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object old = value(component, before);
            Object now = value(component, after);
            if (!Objects.equals(old, now)) {
                parts.add(Phrase.of("masterdata.audit.change", field(component), shown(component, old),
                        shown(component, now)));
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(joined(parts));
    }

    private static Phrase field(RecordComponent component) {
        return Phrase.of(FIELD + component.getName());
    }

    /** "a; b; c" as one phrase, nested from the end, so it is stored and rendered as one sentence. */
    private static Phrase joined(List<Phrase> parts) {
        if (parts.isEmpty()) {
            return Phrase.of("masterdata.audit.nothing");
        }
        Phrase joined = parts.getLast();
        for (int i = parts.size() - 2; i >= 0; i--) {
            joined = Phrase.of("masterdata.audit.parts", parts.get(i), joined);
        }
        return joined;
    }

    /** A value as a phrase argument that can be stored and read in any language. */
    private static Object shown(RecordComponent component, Object value) {
        if (value instanceof Integer day && component.getName().equals("officeWeekday") && day >= 1 && day <= 7) {
            return DayOfWeek.of(day);
        }
        if (value instanceof String reason && component.getName().equals("exitReason")) {
            return ExitReasonNames.phrase(reason).map(Object.class::cast).orElse(reason);
        }
        return shown(value);
    }

    private static Object shown(Object value) {
        return switch (value) {
            case null -> Phrase.of("masterdata.audit.none");
            case Boolean b -> Phrase.of(b ? "masterdata.audit.yes" : "masterdata.audit.no");
            case AgentStatus status -> Phrase.of("agent.status." + status.getLiteral());
            case ExitKind kind -> Phrase.of("agent.exit." + kind.getLiteral());
            case ChannelType channel -> Phrase.of("channel." + channel.getLiteral());
            case LocalTime time -> time.toString();
            case SkillLevel skill -> Phrase.of("masterdata.audit.skill", skill.skillCode(), shown(skill.proficiency()));
            case WeeklySlot slot -> Phrase.of("masterdata.audit.weekly-slot", shown(slot.weekday()), shown(slot.from()),
                    shown(slot.to()));
            case AvailabilityException e -> exception(e);
            case LocalHoliday holiday -> Phrase.of("masterdata.audit.holiday", shown(holiday.date()), holiday.name());
            case AllowedTemplate template -> template.maxShiftsPer4Weeks() == null ? template.templateCode()
                    : Phrase.of("masterdata.audit.template-cap", template.templateCode(), template.maxShiftsPer4Weeks());
            case Collection<?> values when values.isEmpty() -> Phrase.of("masterdata.audit.none");
            case Collection<?> values -> values.stream().map(Changes::shown).toList();
            case Integer n -> n;
            case Long n -> n;
            case Double n -> n;
            case BigDecimal n -> n;
            case LocalDate date -> date;
            case DayOfWeek day -> day;
            case String text -> text;
            default -> value.toString();
        };
    }

    private static Phrase exception(AvailabilityException e) {
        Phrase when = e.available()
                ? Phrase.of("masterdata.audit.exception-hours", shown(e.date()), shown(e.from()), shown(e.to()))
                : Phrase.of("masterdata.audit.exception-off", shown(e.date()));
        return e.reason() == null || e.reason().isBlank() ? when
                : Phrase.of("masterdata.audit.with-reason", when, e.reason());
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName() + " of " + record, e);
        }
    }
}
