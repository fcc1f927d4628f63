package dev.frontline.selfservice.notifications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A notification's arguments as stored: a JSON array of {@code {"type": ..., "value": ...}}, so that a date stays a
 * date (and is formatted in the reader's locale) and a count stays a number (so plural forms choose right).
 * Supported: {@link String}, {@link Integer}/{@link Long} ("long"), {@link Double}/{@link BigDecimal} ("decimal"),
 * {@link LocalDate} ("date"), {@link LocalTime} ("time"), {@link ZonedDateTime} ("zoned", shown with its zone).
 */
final class NotificationArgs {

    private NotificationArgs() {
    }

    static String encode(JsonMapper json, List<?> args) {
        ArrayNode array = json.createArrayNode();
        for (int i = 0; i < args.size(); i++) {
            Object arg = args.get(i);
            ObjectNode node = array.addObject();
            switch (arg) {
                case String s -> node.put("type", "string").put("value", s);
                case Integer n -> node.put("type", "long").put("value", n.longValue());
                case Long n -> node.put("type", "long").put("value", n);
                case Double d -> node.put("type", "decimal").put("value", d);
                case BigDecimal d -> node.put("type", "decimal").put("value", d.doubleValue());
                case LocalDate d -> node.put("type", "date").put("value", d.toString());
                case LocalTime t -> node.put("type", "time").put("value", t.toString());
                case ZonedDateTime z -> node.put("type", "zoned").put("value", z.toOffsetDateTime().toString())
                        .put("zone", z.getZone().getId());
                case null -> throw new IllegalArgumentException("args[" + i + "]: a notification argument may not be null");
                default -> throw new IllegalArgumentException("args[" + i + "]: " + arg.getClass().getSimpleName()
                        + " is not a notification argument type (String, Integer, Long, Double, BigDecimal, LocalDate,"
                        + " LocalTime, ZonedDateTime)");
            }
        }
        return json.writeValueAsString(array);
    }

    static List<Object> decode(JsonMapper json, String stored) {
        List<Object> args = new ArrayList<>();
        for (JsonNode node : json.readTree(stored)) {
            String value = node.get("value").asString();
            args.add(switch (node.get("type").asString()) {
                case "long" -> node.get("value").asLong();
                case "decimal" -> node.get("value").asDouble();
                case "date" -> LocalDate.parse(value);
                case "time" -> LocalTime.parse(value);
                case "zoned" -> java.time.OffsetDateTime.parse(value)
                        .atZoneSameInstant(java.time.ZoneId.of(node.get("zone").asString()));
                default -> value;
            });
        }
        return args;
    }
}
