package dev.frontline.shared.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import com.ibm.icu.text.ListFormatter;

/**
 * A sentence as data: a key of the UI bundles ({@code vaadin-i18n/translations*.properties}) and its arguments, so that
 * an engine can say why without choosing a language. The UI renders it in the user's language, the command line and
 * logs in English ({@link #english()}).
 *
 * <p>Arguments stay typed until rendering: numbers stay numbers (so ICU plurals and the locale's digits apply), a
 * {@link LocalDate} becomes the locale's medium date, a {@link DayOfWeek} its name, a nested {@link Phrase} is rendered in the same language,
 * {@link Wordings} give their text in that language, a
 * {@link List} becomes the language's list ("a, b and c"), and anything a caller's resolver knows (an engine's
 * reference to an agent, a day index, a shift) becomes what the resolver gives for it. Arguments may not be null.
 */
public record Phrase(String key, List<Object> args) {

    /** Leaves every argument as it is. */
    public static final Function<Object, Object> AS_IS = Function.identity();

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** The sentence in English: for the command line, logs and exception messages. */
    public String english() {
        return render(Locale.ENGLISH, AS_IS);
    }

    /** The sentence in the language of {@code locale}, dates and numbers formatted for it. */
    public String render(Locale locale) {
        return render(locale, AS_IS);
    }

    /**
     * The sentence in the language of {@code locale}, each argument first given to {@code resolver} (which returns it
     * unchanged when it does not know it), so that engine references become a planner's words.
     */
    public String render(Locale locale, Function<Object, Object> resolver) {
        Object[] rendered = args.stream().map(a -> argument(a, locale, resolver)).toArray();
        return Messages.format(locale, key, rendered);
    }

    /**
     * The same sentence with every argument, in nested phrases and lists too, replaced by what {@code resolver} gives
     * for it: turns an engine's references into values that need no engine to read (to store the phrase).
     */
    public Phrase resolved(Function<Object, Object> resolver) {
        return new Phrase(key, args.stream().map(a -> resolvedArgument(a, resolver)).toList());
    }

    private static Object resolvedArgument(Object arg, Function<Object, Object> resolver) {
        Object value = resolver.apply(arg);
        return switch (value) {
            case Phrase p -> p.resolved(resolver);
            case List<?> list -> list.stream().map(e -> resolvedArgument(e, resolver)).toList();
            default -> value;
        };
    }

    private static Object argument(Object arg, Locale locale, Function<Object, Object> resolver) {
        Object value = resolver.apply(arg);
        return switch (value) {
            case Phrase p -> p.render(locale, resolver);
            case LocalDate d -> Messages.readable(d, locale);
            case DayOfWeek d -> Messages.readable(d, locale);
            case Wordings w -> w.in(locale);
            case List<?> list -> ListFormatter.getInstance(locale)
                    .format(list.stream().map(e -> String.valueOf(argument(e, locale, resolver))).toList());
            case Number n -> n;
            case null -> "";
            default -> value instanceof CharSequence ? value.toString() : String.valueOf(value);
        };
    }
}
