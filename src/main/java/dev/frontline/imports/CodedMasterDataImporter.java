package dev.frontline.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.frontline.shared.csv.CsvLine;
import dev.frontline.workforce.masterdata.Stored;

/**
 * Master data that a planner also edits on a screen, keyed by its code and saved through its master-data service
 * (contracts, shift templates): the stored records are the service's, a new code is created, a known one is updated
 * under the optimistic lock of the version that was read, and an update keeps what the file does not carry (a
 * contract's allowed templates, a template's forbidden successors).
 *
 * @param <D> the service's draft of a record
 * @param <T> the file's row, as in {@link MasterDataImporter}
 */
abstract class CodedMasterDataImporter<D extends Record, T extends Record> extends MasterDataImporter<T> {

    private Map<String, Stored<D>> storedByCode = Map.of();

    /** Every stored record, from its service. */
    abstract List<Stored<D>> all();

    abstract String code(D draft);

    /** A stored draft in the form a row is read into. */
    abstract T row(D draft);

    /** What a conflict or refusal calls a record of this kind: {@code contract}. */
    abstract String noun();

    /** Creates the record of a new code. */
    abstract void create(T row);

    /** Updates a stored record, keeping what the file does not carry from {@code current}. */
    abstract void update(Stored<D> current, T row);

    @Override
    protected final void load() {
        storedByCode = new LinkedHashMap<>();
        all().forEach(stored -> storedByCode.put(code(stored.data()), stored));
    }

    @Override
    protected final String describe(String key) {
        return noun() + " " + key;
    }

    @Override
    protected final Map<String, T> stored() {
        Map<String, T> stored = new LinkedHashMap<>();
        storedByCode.forEach((code, record) -> stored.put(code, row(record.data())));
        return stored;
    }

    @Override
    protected final List<T> exportRows() {
        return all().stream().map(stored -> row(stored.data())).toList();
    }

    @Override
    protected final void write(T item, T stored) {
        Stored<D> current = storedByCode.get(key(item));
        if (current == null) {
            create(item);
        } else {
            update(current, item);
        }
    }

    /** An optional whole-number cell; empty (or its column missing) means the schema's default. */
    static Integer orDefault(CsvLine r, String column, int fallback) {
        return r.raw(column).isEmpty() ? Integer.valueOf(fallback) : r.integer(column, true);
    }
}
