package dev.frontline.quality.speed.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence for HR or a planner as a bundle key and its arguments (plain numbers), rendered by the UI in the user's
 * language. Sentences about an agent take the agent's name as the first argument {0}, which the engine does not know:
 * the renderer puts it in front of {@link #arguments()} ({@link #withSubject}).
 */
public record Explanation(String code, List<Object> arguments) {

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    public static Explanation of(String code, Object... arguments) {
        return new Explanation(code, Arrays.asList(arguments));
    }

    /** The arguments with {@code subject} (e.g. the agent's name) as {0}. */
    public Object[] withSubject(String subject) {
        List<Object> all = new ArrayList<>();
        all.add(subject);
        all.addAll(arguments);
        return all.toArray();
    }
}
