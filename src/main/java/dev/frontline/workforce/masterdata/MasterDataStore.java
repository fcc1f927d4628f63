package dev.frontline.workforce.masterdata;

import java.util.List;

/** What a master-data screen needs from its service: list, create and update with the version it read. */
public interface MasterDataStore<D extends Record> {

    List<Stored<D>> all();

    Stored<D> create(D draft);

    Stored<D> update(long id, int version, D draft);

    /** A store whose records may also be deleted (agents are not: they leave through their status). */
    interface Deletable<D extends Record> extends MasterDataStore<D> {

        void delete(long id, int version);
    }
}
