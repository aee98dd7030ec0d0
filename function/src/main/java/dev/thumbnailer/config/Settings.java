package dev.thumbnailer.config;

import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.ThumbnailSize;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the functions are configured with, parsed once at init by {@link SettingsParser}.
 * Immutable; invariants are checked here so no other class has to re-check them.
 *
 * @param metricsNamespace the CloudWatch namespace of the metrics in the log lines (METRICS_NAMESPACE)
 * @param functionName     the Lambda function's name, the metrics' {@code function} dimension ({@code local} outside Lambda)
 */
public record Settings(
        String thumbnailPrefix,
        List<ThumbnailSize> sizes,
        Optional<String> destinationBucket,
        long maxSourceBytes,
        long maxSourcePixels,
        int jpegQuality,
        int maxAnimationFrames,
        String region,
        Optional<URI> s3Endpoint,
        boolean forcePathStyle,
        String derivativeCacheControl,
        String metricsNamespace,
        String functionName) {

    public Settings {
        Objects.requireNonNull(thumbnailPrefix, "thumbnailPrefix");
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(destinationBucket, "destinationBucket");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(s3Endpoint, "s3Endpoint");
        Objects.requireNonNull(derivativeCacheControl, "derivativeCacheControl");
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
        Objects.requireNonNull(functionName, "functionName");
        if (thumbnailPrefix.isEmpty() || !thumbnailPrefix.endsWith("/") || thumbnailPrefix.startsWith("/")) {
            throw new IllegalArgumentException("thumbnailPrefix must be non-empty, end with '/' and not start with '/'");
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("at least one thumbnail size is required");
        }
        if (maxSourceBytes < 1 || maxSourcePixels < 1 || maxAnimationFrames < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (jpegQuality < 1 || jpegQuality > 100) {
            throw new IllegalArgumentException("jpegQuality must be 1-100");
        }
    }

    /** MAX_SOURCE_PIXELS and MAX_ANIMATION_FRAMES, as the pipeline checks them. */
    public SourceLimits sourceLimits() {
        return new SourceLimits(maxSourcePixels, maxAnimationFrames);
    }

    /** Where derivatives of an original in {@code sourceBucket} are written. */
    public String destinationFor(String sourceBucket) {
        return destinationBucket.orElse(sourceBucket);
    }
}
