package dev.thumbnailer.bench.corpus;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The benchmark corpus of issue 6. Sizes are common camera resolutions (4:3 phones, 3:2 DSLRs);
 * each image has its own fixed seed so adding one never changes the others.
 */
public enum CorpusImage {
    JPEG_2MP("2 MP JPEG", "jpeg-2mp.jpg", 1728, 1152, Kind.JPEG_BASELINE, 2),
    JPEG_12MP("12 MP JPEG", "jpeg-12mp.jpg", 4000, 3000, Kind.JPEG_BASELINE, 12),
    JPEG_24MP("24 MP JPEG", "jpeg-24mp.jpg", 6000, 4000, Kind.JPEG_BASELINE, 24),
    JPEG_50MP("50 MP JPEG", "jpeg-50mp.jpg", 8660, 5774, Kind.JPEG_BASELINE, 50),
    JPEG_12MP_PROGRESSIVE("12 MP progressive JPEG", "jpeg-12mp-progressive.jpg", 4000, 3000, Kind.JPEG_PROGRESSIVE, 112),
    JPEG_12MP_EXIF6("12 MP JPEG, EXIF orientation 6", "jpeg-12mp-exif6.jpg", 4000, 3000, Kind.JPEG_EXIF6, 212),
    PNG_4MP_RGBA("4 MP RGBA PNG", "png-4mp-rgba.png", 2304, 1728, Kind.PNG_RGBA, 4),
    PNG_12MP_RGB("12 MP RGB PNG", "png-12mp-rgb.png", 4000, 3000, Kind.PNG_RGB, 312),
    GIF_1MP("1 MP GIF", "gif-1mp.gif", 1152, 864, Kind.GIF_STILL, 1),
    GIF_ANIMATED("60-frame animated GIF", "gif-animated-60f.gif", 480, 270, Kind.GIF_ANIMATED, 60);

    enum Kind { JPEG_BASELINE, JPEG_PROGRESSIVE, JPEG_EXIF6, PNG_RGBA, PNG_RGB, GIF_STILL, GIF_ANIMATED }

    private final String label;
    private final String fileName;
    private final int width;
    private final int height;
    private final Kind kind;
    private final long seed;

    CorpusImage(String label, String fileName, int width, int height, Kind kind, long seed) {
        this.label = label;
        this.fileName = fileName;
        this.width = width;
        this.height = height;
        this.kind = kind;
        this.seed = seed;
    }

    public String label() {
        return label;
    }

    public String fileName() {
        return fileName;
    }

    /** Stored (not displayed) dimensions: the EXIF-6 image is stored landscape, shown portrait. */
    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public double megapixels() {
        return width * (double) height / 1e6;
    }

    Kind kind() {
        return kind;
    }

    long seed() {
        return seed;
    }

    /** The ImageIO / Thumbnailator format name matching the file, so outputs keep the input's format. */
    public String formatName() {
        String ext = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return ext.equals("jpg") ? "jpeg" : ext;
    }

    public String extension() {
        return fileName.substring(fileName.lastIndexOf('.') + 1);
    }

    public Path in(Path dir) {
        return dir.resolve(fileName);
    }
}
