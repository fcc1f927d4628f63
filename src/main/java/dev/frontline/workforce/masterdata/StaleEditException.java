package dev.frontline.workforce.masterdata;

/** Somebody else saved (or deleted) the record since it was opened; the save is refused, nothing is overwritten. */
public class StaleEditException extends MasterDataException {

    public StaleEditException(String key, Object... args) {
        super(key, args);
    }
}
