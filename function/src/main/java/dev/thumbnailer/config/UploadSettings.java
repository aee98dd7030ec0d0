package dev.thumbnailer.config;

import java.time.Duration;
import java.util.Objects;

/**
 * What the upload API is configured with, beyond the thumbnail {@link Settings} it shares (prefix,
 * sizes, MAX_SOURCE_BYTES, endpoint). Parsed once at init by {@link SettingsParser#parseUploads}.
 *
 * @param uploadPrefix   the key prefix of every upload, empty or ending in '/'; users' folders are
 *                       {@code <uploadPrefix>users/<owner>/}
 * @param uploadUrlTtl   how long a presigned PUT stays valid
 * @param thumbnailUrlTtl how long a presigned GET of a thumbnail stays valid
 */
public record UploadSettings(String uploadBucket, String uploadPrefix, Duration uploadUrlTtl, Duration thumbnailUrlTtl) {

    /** The folder under {@code uploadPrefix} that holds one folder per user. */
    public static final String USERS_FOLDER = "users/";

    public UploadSettings {
        Objects.requireNonNull(uploadBucket, "uploadBucket");
        Objects.requireNonNull(uploadPrefix, "uploadPrefix");
        if (!uploadPrefix.isEmpty() && (!uploadPrefix.endsWith("/") || uploadPrefix.startsWith("/"))) {
            throw new IllegalArgumentException("uploadPrefix must be empty or end with '/' and not start with '/'");
        }
        if (uploadUrlTtl.isNegative() || uploadUrlTtl.isZero() || thumbnailUrlTtl.isNegative() || thumbnailUrlTtl.isZero()) {
            throw new IllegalArgumentException("URL lifetimes must be positive");
        }
    }

    /** {@code <uploadPrefix>users/}: no request can make the API sign a key outside it. */
    public String usersFolder() {
        return uploadPrefix + USERS_FOLDER;
    }
}
