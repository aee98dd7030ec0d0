package dev.thumbnailer.image;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.ThumbnailSize;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * The pure core: original bytes in, encoded thumbnails out, or a typed rejection. Knows nothing of
 * S3 or Lambda. One explicit pipeline, cheapest checks first, so hostile input is refused before
 * it costs memory: validate → probe → check limits → decode once (reduced) → resize per size → encode.
 */
public final class ThumbnailPipeline {

    private final List<ThumbnailSize> sizes;
    private final long maxPixels;
    private final int maxFrames;
    private final ImageEncoder encoder;

    public ThumbnailPipeline(List<ThumbnailSize> sizes, long maxPixels, int jpegQuality, int maxFrames) {
        this.sizes = List.copyOf(sizes);
        this.maxPixels = maxPixels;
        this.maxFrames = maxFrames;
        this.encoder = new ImageEncoder(jpegQuality / 100f);
    }

    public static ThumbnailPipeline from(Settings settings) {
        return new ThumbnailPipeline(settings.sizes(), settings.maxSourcePixels(), settings.jpegQuality(), settings.maxAnimationFrames());
    }

    public List<ThumbnailSize> sizes() {
        return sizes;
    }

    public List<Thumbnail> render(String key, byte[] bytes) throws UploadRejectedException {
        ImageFormat format = UploadValidator.validate(key, bytes);             // trust bytes, not names
        ImageHeader header = ImageProbe.read(bytes, format, maxFrames);         // dimensions before pixels
        checkPixelLimit(header);                                                // refuse bombs before decoding
        if (format == ImageFormat.GIF) {                                        // every frame, streamed, palette kept
            return GifThumbnails.render(bytes, header, sizes, maxFrames, maxPixels);
        }
        int scale = Subsampling.dctScaleFor(header, sizes);                     // decode only what the largest size needs
        Optional<DecodedImage> scaled = JpegDecoding.scaled(bytes, header, scale, maxPixels); // most JPEGs: reduced in the DCT domain
        DecodedImage decoded = scaled.isPresent() ? scaled.get() : decodeWithImageIo(bytes, header); // the rest: once, sRGB
        List<ResizedImage> resized = ThumbnailRenderer.renderAll(decoded.image(), header.width(), header.height(), header.orientation(), sizes);
        return resized.stream().map(r -> encode(r, format)).toList();           // same format, no metadata
    }

    /** JPEGs the scaled decoder leaves alone, point-subsampled (see {@link Subsampling}); PNGs whole. */
    private DecodedImage decodeWithImageIo(byte[] bytes, ImageHeader header) throws UploadRejectedException {
        int subsampling = Subsampling.factorFor(header, sizes);
        byte[] safe = header.format() == ImageFormat.JPEG ? JpegIccGuard.withoutUntrustworthyProfile(bytes) : bytes; // no lying ICC sizes
        return ImageDecoder.decode(safe, header, subsampling);
    }

    private void checkPixelLimit(ImageHeader header) throws UploadRejectedException {
        int frames = header.frames() > maxFrames ? 1 : header.frames(); // over the frame cap only the first frame is decoded
        long pixels = (long) header.width() * header.height() * frames;
        if (pixels > maxPixels) {
            throw new UploadRejectedException(new Rejection.TooManyPixels(header.width(), header.height(), frames, maxPixels));
        }
    }

    private Thumbnail encode(ResizedImage resized, ImageFormat format) {
        BufferedImage image = resized.image();
        byte[] bytes = encoder.encode(image, format);
        return new Thumbnail(resized.size(), format, image.getWidth(), image.getHeight(), bytes);
    }
}
