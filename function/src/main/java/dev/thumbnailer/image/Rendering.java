package dev.thumbnailer.image;

import java.util.List;

/**
 * What the pipeline made of one original, and what that took: the thumbnails, the header it read
 * (source pixels for the metrics) and each step's time.
 */
public record Rendering(List<Thumbnail> thumbnails, ImageHeader header, StepTimes times) {

    public Rendering {
        thumbnails = List.copyOf(thumbnails);
    }

    /** width × height × frames, as MAX_SOURCE_PIXELS counts them. */
    public long sourcePixels() {
        return (long) header.width() * header.height() * header.frames();
    }

    public long outputBytes() {
        return thumbnails.stream().mapToLong(t -> t.bytes().length).sum();
    }
}
