package dev.thumbnailer.bench.corpus;

import java.nio.file.Path;

/**
 * The largest inputs the function accepts with its default limits (MAX_SOURCE_PIXELS 100,000,000
 * pixels, frames included; MAX_SOURCE_BYTES 50 MiB; MAX_ANIMATION_FRAMES 200): what the memory size
 * and timeout must cover. Memory depends on dimensions and pixel format, not content, so contents
 * are chosen to stay well under the byte limit.
 */
public enum LimitImage {
    JPEG_100MP("100 MP JPEG", "jpeg-100mp.jpg", 10_000, 10_000, 1),
    JPEG_100MP_PROGRESSIVE("100 MP progressive JPEG", "jpeg-100mp-progressive.jpg", 10_000, 10_000, 1),
    PNG_100MP_RGBA8("100 MP RGBA PNG, 8 bits per sample", "png-100mp-rgba8.png", 10_000, 10_000, 1),
    PNG_100MP_RGBA16("100 MP RGBA PNG, 16 bits per sample", "png-100mp-rgba16.png", 10_000, 10_000, 1),
    /** Adam7: the streaming decoder keeps sums for the whole reduced output, as its passes revisit every row. */
    PNG_100MP_RGBA16_INTERLACED("100 MP RGBA PNG, 16 bits per sample, interlaced", "png-100mp-rgba16-adam7.png", 10_000, 10_000, 1),
    GIF_100MP("100 MP GIF", "gif-100mp.gif", 10_000, 10_000, 1),
    GIF_200_FRAMES("200-frame GIF, 0.5 MP per frame", "gif-200f-707.gif", 707, 707, 200);

    private final String label;
    private final String fileName;
    private final int width;
    private final int height;
    private final int frames;

    LimitImage(String label, String fileName, int width, int height, int frames) {
        this.label = label;
        this.fileName = fileName;
        this.width = width;
        this.height = height;
        this.frames = frames;
    }

    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int frames() {
        return frames;
    }

    public long pixels() {
        return (long) width * height * frames;
    }

    public Path in(Path dir) {
        return dir.resolve(fileName);
    }
}
