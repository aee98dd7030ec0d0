package dev.thumbnailer.service;

import dev.thumbnailer.image.Rendering;
import dev.thumbnailer.image.StepTimes.Step;
import dev.thumbnailer.storage.ObjectInfo;
import java.util.List;
import java.util.Map;

/**
 * What making one original's derivatives took, for the metrics line: its size and pixels, the
 * bytes written, each pipeline step's time and the time to store the derivatives. {@code sizes}
 * names each derivative with its dimensions, e.g. {@code small=128x96}.
 */
public record Measures(String sourceETag, long sourceBytes, long sourcePixels, long outputBytes, Map<Step, Double> stepMillis,
                       double storeMillis, List<String> sizes) {

    public static final Measures NONE = new Measures("", 0, 0, 0, Map.of(), 0, List.of());

    public Measures {
        stepMillis = Map.copyOf(stepMillis);
        sizes = List.copyOf(sizes);
    }

    static Measures of(ObjectInfo source, Rendering rendering, long storeNanos) {
        List<String> sizes = rendering.thumbnails().stream().map(t -> t.size().name() + "=" + t.width() + "x" + t.height()).toList();
        return new Measures(source.eTag(), source.size(), rendering.sourcePixels(), rendering.outputBytes(), rendering.times().millis(),
                storeNanos / 1_000_000.0, sizes);
    }
}
