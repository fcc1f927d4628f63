package dev.frontline.training.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Courses and the courses each needs first, by code. A course's prerequisites may not lead back to it: the first cycle
 * found is named course by course ("CHAT-101 → CHAT-201 → CHAT-101", each needing the next).
 */
public final class PrerequisiteGraph {

    private final Map<String, Set<String>> needs = new LinkedHashMap<>();

    public PrerequisiteGraph(Map<String, ? extends Collection<String>> prerequisitesByCourse) {
        prerequisitesByCourse.forEach((course, prerequisites) -> needs.put(course, Set.copyOf(prerequisites)));
    }

    /** The graph with {@code course}'s prerequisites replaced by {@code prerequisites}. */
    public PrerequisiteGraph with(String course, Collection<String> prerequisites) {
        Map<String, Set<String>> copy = new LinkedHashMap<>(needs);
        copy.put(course, Set.copyOf(prerequisites));
        return new PrerequisiteGraph(copy);
    }

    public Set<String> prerequisitesOf(String course) {
        return needs.getOrDefault(course, Set.of());
    }

    /** A cycle through {@code course} as the chain of codes starting and ending with it, if there is one. */
    public Optional<List<String>> cycleThrough(String course) {
        List<String> trail = new ArrayList<>();
        trail.add(course);
        return search(course, course, trail, new HashSet<>());
    }

    private Optional<List<String>> search(String start, String at, List<String> trail, Set<String> seen) {
        for (String next : needs.getOrDefault(at, Set.of()).stream().sorted().toList()) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(trail);
                cycle.add(start);
                return Optional.of(cycle);
            }
            if (seen.add(next)) {
                trail.add(next);
                Optional<List<String>> found = search(start, next, trail, seen);
                if (found.isPresent()) {
                    return found;
                }
                trail.removeLast();
            }
        }
        return Optional.empty();
    }

    /** "A → B → A", as refusals name a cycle. */
    public static String describe(List<String> cycle) {
        return String.join(" → ", cycle);
    }

    /**
     * Checks a path's order: no course may come before a prerequisite that is itself in the path. Returns the first
     * course out of order with the prerequisite it precedes.
     */
    public Optional<Refusal> checkOrder(List<String> pathCourses) {
        for (int i = 0; i < pathCourses.size(); i++) {
            for (String prerequisite : prerequisitesOf(pathCourses.get(i)).stream().sorted().toList()) {
                int at = pathCourses.indexOf(prerequisite);
                if (at > i) {
                    return Optional.of(Refusal.of("courses", "path-order", pathCourses.get(i), prerequisite));
                }
            }
        }
        return Optional.empty();
    }
}
