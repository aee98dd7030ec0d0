package dev.thumbnailer.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which decoder the pipeline gives a JPEG to, found the way {@link ThumbnailPipeline#render} finds
 * it. Tests of JPEG behaviour state the path their fixture takes, so that a fixture meant to test
 * the scaled decoder cannot silently drift to ImageIO (or back) when sizes or thresholds change.
 */
enum DecoderPath {
    /** No reduction is worth it (scale 1): ImageIO decodes the whole image. */
    IMAGEIO,
    /** Reduced in the DCT domain by the pure-Java scaled decoder. */
    SCALED,
    /** The scaled decoder was asked and refused (unsupported or damaged): ImageIO decodes, point-subsampled. */
    IMAGEIO_AFTER_REFUSAL,
    /** The scaled decoder found the data cut short and rejected the file itself: ImageIO never runs. */
    REJECTED_AS_TRUNCATED;

    static DecoderPath of(ThumbnailPipeline pipeline, byte[] jpeg) throws UploadRejectedException {
        ImageHeader header = ImageProbe.read(jpeg, ImageFormat.JPEG, new SourceLimits(Long.MAX_VALUE, 1));
        int scale = Subsampling.dctScaleFor(header, pipeline.sizes());
        if (scale < 2) {
            return IMAGEIO;
        }
        try {
            return DctReducedJpeg.decode(jpeg, header, scale, new SourceLimits(100_000_000L, 1)).isPresent() ? SCALED : IMAGEIO_AFTER_REFUSAL; // the default MAX_SOURCE_PIXELS
        } catch (UploadRejectedException e) {
            return REJECTED_AS_TRUNCATED;
        }
    }

    /** Fails, naming the fixture, unless {@code jpeg} takes this path through {@code pipeline}. */
    void assertTakenBy(ThumbnailPipeline pipeline, byte[] jpeg, String fixture) throws UploadRejectedException {
        assertEquals(this, of(pipeline, jpeg), fixture + " must go through " + this);
    }
}
