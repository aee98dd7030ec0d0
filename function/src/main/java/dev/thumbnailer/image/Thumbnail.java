package dev.thumbnailer.image;

import java.util.List;

/**
 * One encoded derivative, ready to store.
 *
 * @param frames 1 for a still; the frame count of an animated GIF or APNG thumbnail
 * @param notes  what a reader of the log should know about how it was made, e.g. that an animation
 *               over MAX_ANIMATION_FRAMES became a still; empty in the usual case
 */
public record Thumbnail(ThumbnailSize size, ImageFormat format, int width, int height, byte[] bytes, int frames, List<String> notes) {

    public Thumbnail {
        notes = List.copyOf(notes);
    }

    public Thumbnail(ThumbnailSize size, ImageFormat format, int width, int height, byte[] bytes) {
        this(size, format, width, height, bytes, 1, List.of());
    }

    public String contentType() {
        return format.mimeType();
    }
}
