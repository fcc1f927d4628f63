package dev.frontline.imports.persistence;

import static dev.frontline.db.Tables.IMPORT_UPLOAD;

import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Repository;

/**
 * Files of imports being committed, so that the node that runs a commit job need not be the one that received the
 * file; the commit's result as JSON once it ends.
 */
@Repository
public class ImportUploadRepository {

    private final DSLContext ctx;

    ImportUploadRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /** A stored file with the import's options; {@code content} is null once its commit has ended. */
    public record Upload(long id, String kind, String fileName, long sizeBytes, byte[] content, String queueCode,
                         String timeZone, Integer grainMinutes, String uploadedBy) {
    }

    public long insert(String kind, String fileName, byte[] content, String queueCode, String timeZone,
                       Integer grainMinutes, String uploadedBy) {
        return ctx.insertInto(IMPORT_UPLOAD)
                .set(IMPORT_UPLOAD.KIND, kind)
                .set(IMPORT_UPLOAD.FILE_NAME, fileName)
                .set(IMPORT_UPLOAD.SIZE_BYTES, (long) content.length)
                .set(IMPORT_UPLOAD.CONTENT, content)
                .set(IMPORT_UPLOAD.QUEUE_CODE, queueCode)
                .set(IMPORT_UPLOAD.TIME_ZONE, timeZone)
                .set(IMPORT_UPLOAD.GRAIN_MINUTES, grainMinutes)
                .set(IMPORT_UPLOAD.UPLOADED_BY, uploadedBy)
                .returning(IMPORT_UPLOAD.ID)
                .fetchSingle(IMPORT_UPLOAD.ID);
    }

    public Optional<Upload> find(long id) {
        return ctx.select(IMPORT_UPLOAD.ID, IMPORT_UPLOAD.KIND, IMPORT_UPLOAD.FILE_NAME, IMPORT_UPLOAD.SIZE_BYTES,
                        IMPORT_UPLOAD.CONTENT, IMPORT_UPLOAD.QUEUE_CODE, IMPORT_UPLOAD.TIME_ZONE,
                        IMPORT_UPLOAD.GRAIN_MINUTES, IMPORT_UPLOAD.UPLOADED_BY)
                .from(IMPORT_UPLOAD)
                .where(IMPORT_UPLOAD.ID.eq(id))
                .fetchOptional(r -> new Upload(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9()));
    }

    /** Records how the commit ended (JSON) and drops the file: in the commit's transaction when it wrote rows. */
    public void finish(long id, String resultJson) {
        ctx.update(IMPORT_UPLOAD)
                .set(IMPORT_UPLOAD.RESULT, JSONB.valueOf(resultJson))
                .set(IMPORT_UPLOAD.CONTENT, (byte[]) null)
                .where(IMPORT_UPLOAD.ID.eq(id))
                .execute();
    }

    /** Drops the file of a commit that ended without a result (stopped or failed); a new commit uploads it again. */
    public void dropContent(long id) {
        ctx.update(IMPORT_UPLOAD)
                .set(IMPORT_UPLOAD.CONTENT, (byte[]) null)
                .where(IMPORT_UPLOAD.ID.eq(id))
                .execute();
    }

    public Optional<String> result(long id) {
        return ctx.select(IMPORT_UPLOAD.RESULT).from(IMPORT_UPLOAD).where(IMPORT_UPLOAD.ID.eq(id))
                .fetchOptional()
                .map(r -> r.value1())
                .map(JSONB::data);
    }
}
