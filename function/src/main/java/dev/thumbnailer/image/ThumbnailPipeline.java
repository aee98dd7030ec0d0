package dev.thumbnailer.image;

import dev.thumbnailer.image.StepTimes.Step;
import dev.thumbnailer.image.jpeg.JpegHeaderRepair;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pure core: original bytes in, encoded thumbnails out, or a typed rejection. Knows nothing of
 * S3 or Lambda. Its steps are listed once, in {@link #render}, cheapest first, so hostile input is
 * refused before it costs memory; the service then stores what it returns. Each step's time
 * is recorded ({@link StepTimes}) for the metrics line.
 */
public final class ThumbnailPipeline {

    private final List<ThumbnailSize> sizes;
    private final SourceLimits limits;
    private final ImageEncoder encoder;

    /** @param jpegQuality 1-100, as JPEG_QUALITY */
    public ThumbnailPipeline(List<ThumbnailSize> sizes, SourceLimits limits, int jpegQuality) {
        this.sizes = List.copyOf(sizes);
        this.limits = limits;
        this.encoder = new ImageEncoder(jpegQuality / 100f);
    }

    public List<ThumbnailSize> sizes() {
        return sizes;
    }

    public List<Thumbnail> render(String key, byte[] bytes) throws UploadRejectedException {
        return renderTimed(key, bytes).thumbnails();
    }

    /** The pipeline itself: {@link #render}'s thumbnails with the header read and each step's time. */
    public Rendering renderTimed(String key, byte[] original) throws UploadRejectedException {
        StepTimes times = new StepTimes();                                 // each step's time, for the metrics line
        ImageFormat format = UploadValidator.validate(key, original);     // validate: trust bytes, not names
        byte[] bytes = format == ImageFormat.JPEG ? JpegHeaderRepair.repaired(original) : original; // read headers as libjpeg does
        ImageHeader header = ImageProbe.read(bytes, format, limits);       // probe: dimensions before pixels
        limits.checkHeader(header);                                        // limits: refuse bombs before decoding
        if (format == ImageFormat.GIF) {                                   // GIFs: decode, resize, encode frame by frame
            List<Thumbnail> gif = times.time(Step.STREAMED, () -> GifThumbnails.render(bytes, header, sizes, limits));
            return new Rendering(gif, header, times);                      //   (streamed, palettes and timing kept)
        }
        if (header.animated() && !limits.overFrameCap(header)) {           // APNGs: the same, frame by frame
            List<Thumbnail> apng = times.time(Step.STREAMED, () -> ApngThumbnails.render(bytes, header, sizes, limits));
            return new Rendering(apng, header, times);                     //   (streamed, delays and loop count kept)
        }
        List<String> notes = new ArrayList<>(limits.overFrameCap(header)   // what a reader of the log should know
                ? List.of(limits.stillNote("its default image")) : List.of()); //   (an APNG over the cap is a still)
        BufferedImage decoded = times.time(Step.DECODE,                    // decode once: sRGB, only as large as needed
                () -> decode(bytes, header, notes));
        List<ResizedImage> resized = times.time(Step.RESIZE,               // resize: every size from that one decode
                () -> Resizer.resizeAll(decoded, header, sizes));
        List<Thumbnail> encoded = times.time(Step.ENCODE,                  // encode: same format, no metadata
                () -> resized.stream().map(r -> encode(r, format, notes)).toList());
        return new Rendering(encoded, header, times);
    }

    /**
     * Most JPEGs are reduced in the DCT domain ({@link DctReducedJpeg}); the rest, and PNGs, go
     * through ImageIO once, JPEGs point-subsampled (see {@link Subsampling}).
     */
    private BufferedImage decode(byte[] bytes, ImageHeader header, List<String> notes) throws UploadRejectedException {
        if (header.format() == ImageFormat.PNG) {
            return StreamedPng.decode(bytes, Subsampling.areaReductionFor(header, sizes), limits);
        }
        Optional<BufferedImage> reduced = DctReducedJpeg.decode(bytes, header, Subsampling.dctScaleFor(header, sizes), limits);
        return reduced.isPresent() ? reduced.get() : ImageIoDecoder.decode(bytes, header, Subsampling.factorFor(header, sizes), notes);
    }

    private Thumbnail encode(ResizedImage resized, ImageFormat format, List<String> notes) {
        BufferedImage image = resized.image();
        byte[] bytes = encoder.encode(image, format);
        return new Thumbnail(resized.size(), format, image.getWidth(), image.getHeight(), bytes, 1, notes);
    }
}
