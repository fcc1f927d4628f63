package dev.frontline.shared.csv;

/**
 * Where a reader's errors go. An import collects them so the planner sees every problem of a file at once; a command
 * that reads an input file throws at the first one, worded as it likes.
 */
@FunctionalInterface
public interface CsvErrorHandler {

    void report(CsvError error);
}
