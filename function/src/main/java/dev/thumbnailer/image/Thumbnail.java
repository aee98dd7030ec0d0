package dev.thumbnailer.image;

import dev.thumbnailer.config.ThumbnailSize;

/** One encoded derivative, ready to store. */
public record Thumbnail(ThumbnailSize size, ImageFormat format, int width, int height, byte[] bytes) {

    public String contentType() {
        return format.mimeType();
    }
}
