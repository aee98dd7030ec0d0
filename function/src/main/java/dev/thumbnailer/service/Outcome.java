package dev.thumbnailer.service;

import dev.thumbnailer.image.Rejection;
import java.util.List;

/** What happened to one event record; every record ends in exactly one of these. */
public sealed interface Outcome {

    String bucket();

    String key();

    long millis();

    /**
     * Derivatives written for the current content of the original. {@code notes} say what a reader
     * of the log should know about how they were made (e.g. an animation over MAX_ANIMATION_FRAMES
     * became a still); usually empty. {@code measures} are what the work took, for the metrics.
     */
    record Thumbnailed(String bucket, String key, List<String> derivativeKeys, long millis, List<String> notes, Measures measures)
            implements Outcome {

        public Thumbnailed {
            notes = List.copyOf(notes);
        }

        public Thumbnailed(String bucket, String key, List<String> derivativeKeys, long millis, List<String> notes) {
            this(bucket, key, derivativeKeys, millis, notes, Measures.NONE);
        }

        public Thumbnailed(String bucket, String key, List<String> derivativeKeys, long millis) {
            this(bucket, key, derivativeKeys, millis, List.of());
        }
    }

    /** A bad upload: no derivatives (any old ones removed), original untouched. */
    record Rejected(String bucket, String key, Rejection rejection, long millis) implements Outcome {
    }

    /** Derivatives of a deleted original removed. {@code derivativeKeys} were cleared (absent ones included). */
    record Cleaned(String bucket, String key, List<String> derivativeKeys, long millis) implements Outcome {
    }

    /** Nothing to do, and why: a key under the prefix, an original that exists again, an unrelated event. */
    record Skipped(String bucket, String key, String reason, long millis) implements Outcome {
    }
}
