package dev.frontline.shared.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Keeps {@code docs/benchmarks.md} current: each benchmark owns one section between HTML-comment markers and
 * replaces only that section, so benchmarks run at different times never overwrite each other's figures.
 */
public final class BenchmarkReport {

    private static final String HEADER = """
            # Benchmarks

            Figures measured on the development machine (2 cores, 24 GiB) by the benchmark commands named in each
            section. Each section is rewritten by its own benchmark run; see the command to reproduce it.
            """;

    private final Path file;

    public BenchmarkReport(Path file) {
        this.file = file;
    }

    /** The report in the working directory's {@code docs/benchmarks.md}, overridable with {@code -Dfrontline.benchmarks.file}. */
    public static BenchmarkReport inWorkingDirectory() {
        return new BenchmarkReport(Path.of(System.getProperty("frontline.benchmarks.file", "docs/benchmarks.md")));
    }

    /**
     * Replaces (or appends) the section {@code key} with a heading, the command that produced it, today's date and
     * the given Markdown body.
     */
    public void writeSection(String key, String title, String command, String markdownBody) {
        String begin = "<!-- bench:" + key + " -->";
        String end = "<!-- /bench:" + key + " -->";
        String section = begin + "\n## " + title + "\n\nCommand: `" + command + "` (measured " + LocalDate.now() + ")\n\n"
                + markdownBody.strip() + "\n" + end;
        try {
            String current = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : HEADER;
            int from = current.indexOf(begin);
            int to = current.indexOf(end);
            String updated;
            if (from >= 0 && to > from) {
                updated = current.substring(0, from) + section + current.substring(to + end.length());
            } else {
                updated = current.stripTrailing() + "\n\n" + section + "\n";
            }
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, updated, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not update the benchmark report " + file.toAbsolutePath(), e);
        }
    }
}
