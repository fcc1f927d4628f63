package dev.frontline.shared.csv;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The column names of a file's first line, trimmed and in lower case, so "Offered " and "offered" are one column. */
public final class CsvHeader {

    static final CsvHeader NONE = new CsvHeader(List.of());

    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < this.names.size(); i++) {
            index.putIfAbsent(this.names.get(i), i);
        }
    }

    /** True when the file had no header line at all. */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The first of {@code required} the header lacks, in their order; null when all are there. */
    public String firstMissing(Collection<String> required) {
        return required.stream().filter(column -> !has(column)).findFirst().orElse(null);
    }

    Integer indexOf(String column) {
        return index.get(column);
    }
}
