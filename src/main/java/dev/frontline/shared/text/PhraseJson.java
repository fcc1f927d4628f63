package dev.frontline.shared.text;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Phrases as stored (a {@code jsonb} column): {@code {"key": ..., "args": [{"type": ..., "value": ...}]}}, so that a
 * saved explanation is rendered in the reader's language years later. Argument types: string, long (Integer, Long),
 * decimal (Double, BigDecimal), date (LocalDate), weekday (DayOfWeek), phrase (a nested {@link Phrase}), wordings
 * ({@link Wordings}, by language) and list.
 */
public final class PhraseJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PhraseJson() {
    }

    public static String encode(List<Phrase> phrases) {
        ArrayNode array = JSON.createArrayNode();
        phrases.forEach(p -> array.add(node(p)));
        return JSON.writeValueAsString(array);
    }

    public static String encode(Phrase phrase) {
        return JSON.writeValueAsString(node(phrase));
    }

    public static List<Phrase> decodeList(String stored) {
        List<Phrase> phrases = new ArrayList<>();
        for (JsonNode node : JSON.readTree(stored)) {
            phrases.add(phrase(node));
        }
        return phrases;
    }

    public static Phrase decode(String stored) {
        return phrase(JSON.readTree(stored));
    }

    private static ObjectNode node(Phrase phrase) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", phrase.key());
        ArrayNode args = node.putArray("args");
        phrase.args().forEach(a -> args.add(argument(a)));
        return node;
    }

    private static ObjectNode argument(Object arg) {
        ObjectNode node = JSON.createObjectNode();
        switch (arg) {
            case String s -> node.put("type", "string").put("value", s);
            case Integer n -> node.put("type", "long").put("value", n.longValue());
            case Long n -> node.put("type", "long").put("value", n);
            case Double d -> node.put("type", "decimal").put("value", d);
            case BigDecimal d -> node.put("type", "decimal").put("value", d.doubleValue());
            case LocalDate d -> node.put("type", "date").put("value", d.toString());
            case DayOfWeek d -> node.put("type", "weekday").put("value", d.name());
            case Phrase p -> node.put("type", "phrase").set("value", node(p));
            case Wordings w -> {
                ObjectNode values = node.put("type", "wordings").putObject("value");
                new TreeMap<>(w.byLanguage()).forEach(values::put);
            }
            case List<?> list -> {
                ArrayNode values = node.put("type", "list").putArray("value");
                list.forEach(e -> values.add(argument(e)));
            }
            default -> throw new IllegalArgumentException(arg.getClass().getSimpleName()
                    + " is not a storable phrase argument (String, Integer, Long, Double, BigDecimal, LocalDate, DayOfWeek, Phrase, Wordings, List)");
        }
        return node;
    }

    private static Phrase phrase(JsonNode node) {
        List<Object> args = new ArrayList<>();
        node.get("args").forEach(a -> args.add(value(a)));
        return new Phrase(node.get("key").asString(), args);
    }

    private static Object value(JsonNode node) {
        JsonNode value = node.get("value");
        return switch (node.get("type").asString()) {
            case "long" -> value.asLong();
            case "decimal" -> value.asDouble();
            case "date" -> LocalDate.parse(value.asString());
            case "weekday" -> DayOfWeek.valueOf(value.asString());
            case "phrase" -> phrase(value);
            case "wordings" -> {
                Map<String, String> byLanguage = new LinkedHashMap<>();
                value.properties().forEach(e -> byLanguage.put(e.getKey(), e.getValue().asString()));
                yield new Wordings(byLanguage);
            }
            case "list" -> {
                List<Object> list = new ArrayList<>();
                value.forEach(e -> list.add(value(e)));
                yield list;
            }
            default -> value.asString();
        };
    }
}
