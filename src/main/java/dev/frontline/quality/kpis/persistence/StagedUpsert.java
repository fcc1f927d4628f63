package dev.frontline.quality.kpis.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The set-based half of an import into one table: checked rows stream through PostgreSQL COPY into a temporary copy of
 * the table (with the file line of each row, dropped at the end of the transaction), and SQL then counts what is new,
 * what would replace a stored row with other values and what is already stored, samples the replaced rows with their
 * stored and new values, and writes it all with one {@code insert ... on conflict do update}. Every statement runs in
 * the caller's transaction, which makes the import all-or-nothing.
 */
final class StagedUpsert {

    private static final int FLUSH_CHARS = 1 << 16;

    /** A staged row that differs from the stored row with the same key: the stored and the file's values as text. */
    record Replaced(long line, List<String> key, List<String> stored, List<String> incoming) {
    }

    private final DSLContext ctx;
    private final String table;
    private final String stage;
    private final List<String> key;
    private final List<String> values;

    /**
     * @param table  the target table
     * @param key    its primary key columns
     * @param values the other columns the file sets, in the order rows are staged after the key
     */
    StagedUpsert(DSLContext ctx, String table, List<String> key, List<String> values) {
        this.ctx = ctx;
        this.table = table;
        this.stage = table + "_import_stage";
        this.key = key;
        this.values = values;
    }

    private List<String> columns() {
        List<String> all = new ArrayList<>(key);
        all.addAll(values);
        return all;
    }

    void create() {
        ctx.execute("create temporary table " + stage + " (line bigint not null, like " + table
                + " including defaults) on commit drop");
    }

    /** A sink for staged rows: the line, then the key and value cells in column order, null for an empty cell. */
    final class Copy {
        private final CopyIn copy;
        private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 512);

        private Copy(CopyIn copy) {
            this.copy = copy;
        }

        void row(long line, Object... cells) {
            buffer.append(line).append('\t');
            cells(cells);
        }

        /** A row without a line (straight into the target table). */
        void cells(Object... cells) {
            for (int i = 0; i < cells.length; i++) {
                Object cell = cells[i];
                if (i > 0) {
                    buffer.append('\t');
                }
                if (cell == null) {
                    buffer.append("\\N");
                } else if (cell instanceof java.math.BigDecimal number) {
                    buffer.append(number.toPlainString());
                } else {
                    buffer.append(cell);
                }
            }
            buffer.append('\n');
            if (buffer.length() >= FLUSH_CHARS) {
                flush();
            }
        }

        private void flush() {
            if (buffer.isEmpty()) {
                return;
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            try {
                copy.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not stage the import rows", e);
            }
            buffer.setLength(0);
        }

        private void finish() {
            try {
                if (copy.isActive()) {
                    flush();
                    copy.endCopy();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Could not stage the import rows", e);
            }
        }
    }

    /** Runs {@code fill} with a COPY sink into the stage; the stage is indexed on the key afterwards. */
    void copy(java.util.function.Consumer<Copy> fill) {
        copy("COPY " + stage + " (line, " + String.join(", ", columns()) + ") FROM STDIN", fill);
        ctx.execute("create index on " + stage + " (" + String.join(", ", key) + ")");
        ctx.execute("analyze " + stage);
    }

    /** Copies rows without lines straight into {@code target} (the demo's generated rows into an empty table). */
    void copyInto(String target, java.util.function.Consumer<Copy> fill) {
        copy("COPY " + target + " (" + String.join(", ", columns()) + ") FROM STDIN", fill);
    }

    private void copy(String sql, java.util.function.Consumer<Copy> fill) {
        ctx.connection(connection -> {
            CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            try {
                Copy sink = new Copy(in);
                fill.accept(sink);
                sink.finish();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
        });
    }

    private String joinOnKey() {
        return key.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" and "));
    }

    private String differs() {
        return differs("s");
    }

    /** Whether the stored row {@code t} differs from the row {@code other} in any value column. */
    private String differs(String other) {
        return "(" + values.stream().map(v -> "t." + v).collect(Collectors.joining(", ")) + ") is distinct from ("
                + values.stream().map(v -> other + "." + v).collect(Collectors.joining(", ")) + ")";
    }

    long created() {
        return ctx.fetchSingle("select count(*) from " + stage + " s where not exists (select 1 from " + table
                + " t where " + joinOnKey() + ")").get(0, Long.class);
    }

    long replaced() {
        return ctx.fetchSingle("select count(*) from " + stage + " s join " + table + " t on " + joinOnKey()
                + " where " + differs()).get(0, Long.class);
    }

    /** The first replaced rows by line; {@code keyText} renders the key for people (e.g. the employee number). */
    List<Replaced> replacedSample(List<String> keyText, int limit) {
        String select = "select s.line, " + String.join(", ", keyText) + ", "
                + values.stream().map(v -> "t." + v + "::text, s." + v + "::text").collect(Collectors.joining(", "));
        List<Replaced> sample = new ArrayList<>();
        ctx.fetch(select + " from " + stage + " s join " + table + " t on " + joinOnKey() + " where " + differs()
                + " order by s.line limit " + limit).forEach(r -> {
                    List<String> keyCells = new ArrayList<>();
                    for (int i = 0; i < keyText.size(); i++) {
                        keyCells.add(String.valueOf(r.get(1 + i)));
                    }
                    List<String> stored = new ArrayList<>();
                    List<String> incoming = new ArrayList<>();
                    int first = 1 + keyText.size();
                    for (int i = 0; i < values.size(); i++) {
                        stored.add((String) r.get(first + 2 * i));
                        incoming.add((String) r.get(first + 2 * i + 1));
                    }
                    sample.add(new Replaced(r.get(0, Long.class), keyCells, stored, incoming));
                });
        return sample;
    }

    /** Inserts the new rows and overwrites the stored rows that differ; returns the rows written. */
    int write() {
        String columns = String.join(", ", columns());
        return ctx.execute("insert into " + table + " as t (" + columns + ") select " + columns + " from " + stage
                + " order by " + String.join(", ", key) + " on conflict (" + String.join(", ", key) + ") do update set "
                + values.stream().map(v -> v + " = excluded." + v).collect(Collectors.joining(", "))
                + " where " + differs("excluded"));
    }

    List<String> values() {
        return values;
    }
}
