package dev.thumbnailer.local.samples;

import java.util.List;

/**
 * What the quick start uploads when no folder is named: one of each supported format, a key with a
 * space, non-ASCII letters and a '+' (the three things S3's key encoding in events changes), and a
 * text file named .jpg, to show a rejection.
 */
public final class BundledSamples {

    private BundledSamples() {
    }

    public static List<SampleFile> all() {
        return List.of(
                new SampleFile("photos/sunset.jpg", SampleImages.photoJpeg(1600, 1067, 1)),
                new SampleFile("photos/été 2024/beach + friends.jpg", SampleImages.photoJpeg(1200, 1600, 2)),
                new SampleFile("graphics/logo.png", SampleImages.logoPngWithAlpha(600)),
                new SampleFile("graphics/badge.gif", SampleImages.badgeGif(320, 200)),
                new SampleFile("notes/not-a-photo.jpg", SampleImages.textNamedLikeAnImage()));
    }
}
