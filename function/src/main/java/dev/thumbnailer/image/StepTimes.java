package dev.thumbnailer.image;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The wall time of each pipeline step for one original, for the metrics line. GIFs and APNGs are decoded,
 * resized and encoded frame by frame, so their steps cannot be told apart: they have one
 * {@link Step#STREAMED} time instead of the three.
 */
public final class StepTimes {

    public enum Step { DECODE, RESIZE, ENCODE, STREAMED }

    /** A step's work; it may reject the upload. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws UploadRejectedException;
    }

    private final Map<Step, Long> nanos = new EnumMap<>(Step.class);

    <T> T time(Step step, Work<T> work) throws UploadRejectedException {
        long start = System.nanoTime();
        try {
            return work.run();
        } finally {
            nanos.merge(step, System.nanoTime() - start, Long::sum);
        }
    }

    /** Milliseconds per step that ran, in step order. */
    public Map<Step, Double> millis() {
        Map<Step, Double> millis = new EnumMap<>(Step.class);
        nanos.forEach((step, n) -> millis.put(step, n / 1_000_000.0));
        return Collections.unmodifiableMap(millis);
    }
}
