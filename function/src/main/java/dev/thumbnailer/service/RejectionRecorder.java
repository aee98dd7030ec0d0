package dev.thumbnailer.service;

import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.storage.ObjectInfo;

/** Where a rejection is recorded for whoever shows the upload to its owner; the log has it either way. */
@FunctionalInterface
public interface RejectionRecorder {

    /** Records nothing: the thumbnail service's behaviour without an upload API. */
    RejectionRecorder NONE = (bucket, originalKey, original, rejection) -> { };

    /**
     * @param bucket   where the original's derivatives would have gone
     * @param original the original as it was read (its ETag tells a later reader whether the record is current)
     */
    void record(String bucket, String originalKey, ObjectInfo original, Rejection rejection);
}
