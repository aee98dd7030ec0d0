package dev.thumbnailer.image;

import dev.thumbnailer.image.jpeg.JpegHeaderRepair;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that knows the facts of each supported format: extensions, MIME type, magic
 * bytes, whether it can carry transparency, and its ImageIO name.
 */
public enum ImageFormat {
    JPEG("image/jpeg", "jpeg", false, List.of("jpg", "jpeg"), List.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})),
    PNG("image/png", "png", true, List.of("png"), List.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})),
    GIF("image/gif", "gif", true, List.of("gif"), List.of("GIF87a".getBytes(), "GIF89a".getBytes()));

    private final String mimeType;
    private final String imageIoName;
    private final boolean supportsTransparency;
    private final List<String> extensions;
    private final List<byte[]> signatures;

    ImageFormat(String mimeType, String imageIoName, boolean supportsTransparency, List<String> extensions, List<byte[]> signatures) {
        this.mimeType = mimeType;
        this.imageIoName = imageIoName;
        this.supportsTransparency = supportsTransparency;
        this.extensions = extensions;
        this.signatures = signatures;
    }

    public String mimeType() {
        return mimeType;
    }

    public String imageIoName() {
        return imageIoName;
    }

    public boolean supportsTransparency() {
        return supportsTransparency;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format whose magic bytes start {@code head}, if any. */
    public static Optional<ImageFormat> sniff(byte[] head) {
        return Arrays.stream(values()).filter(f -> f.matches(head)).findFirst();
    }

    /** The format an extension (any case, no dot) names, if supported. */
    public static Optional<ImageFormat> forExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(lower)).findFirst();
    }

    /** A JPEG may have stray bytes between SOI and its first marker: libjpeg reads it, so it is one (see {@link JpegHeaderRepair}). */
    private boolean matches(byte[] head) {
        return signatures.stream().anyMatch(sig -> startsWith(head, sig)) || this == JPEG && JpegHeaderRepair.isSoiWithStrayBytes(head);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
