package dev.thumbnailer.config;

import java.time.Duration;
import java.util.Optional;

/** The upload API's variables, parsed with the same {@link Variables} rules and error messages as {@link SettingsParser}. */
public final class UploadSettingsParser {

    public static final String UPLOAD_BUCKET = "UPLOAD_BUCKET";
    public static final String UPLOAD_PREFIX = "UPLOAD_PREFIX";
    public static final String UPLOAD_URL_TTL_SECONDS = "UPLOAD_URL_TTL_SECONDS";
    public static final String THUMBNAIL_URL_TTL_SECONDS = "THUMBNAIL_URL_TTL_SECONDS";

    static final long DEFAULT_UPLOAD_URL_TTL = 300;
    static final long DEFAULT_THUMBNAIL_URL_TTL = 900;
    /** SigV4 presigned URLs are capped at 7 days; an upload URL is for one upload that starts now. */
    static final long MAX_UPLOAD_URL_TTL = 3600;
    static final long MAX_THUMBNAIL_URL_TTL = 7 * 24 * 3600;

    private final Variables parser;

    UploadSettingsParser(Variables parser) {
        this.parser = parser;
    }

    UploadSettings parse() {
        Optional<String> bucket = parser.bucket(UPLOAD_BUCKET);
        if (bucket.isEmpty()) {
            parser.problem(UPLOAD_BUCKET, "the name of the bucket uploads go to (required by the upload API)", "");
        }
        String prefix = prefix();
        long uploadTtl = parser.number(UPLOAD_URL_TTL_SECONDS, DEFAULT_UPLOAD_URL_TTL, 1, MAX_UPLOAD_URL_TTL);
        long thumbnailTtl = parser.number(THUMBNAIL_URL_TTL_SECONDS, DEFAULT_THUMBNAIL_URL_TTL, 1, MAX_THUMBNAIL_URL_TTL);
        parser.failOnProblems();
        return new UploadSettings(bucket.orElseThrow(), prefix, Duration.ofSeconds(uploadTtl), Duration.ofSeconds(thumbnailTtl));
    }

    private String prefix() {
        String prefix = parser.value(UPLOAD_PREFIX).orElse("");
        if (prefix.startsWith("/") || prefix.contains("//") || !prefix.matches("[A-Za-z0-9!_.'()/-]*")) {
            parser.problem(UPLOAD_PREFIX, "empty or a key prefix such as uploads/ (a-z A-Z 0-9 ! _ . ' ( ) - /, no leading '/')", prefix);
            return "";
        }
        String normalised = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        String thumbnails = parser.value(SettingsParser.THUMBNAIL_PREFIX).orElse(SettingsParser.DEFAULT_PREFIX);
        // Uploads under the thumbnail prefix would never be processed; the reverse would let a user's folder hold thumbnails.
        String users = normalised + UploadSettings.USERS_FOLDER;
        if (users.startsWith(thumbnails) || thumbnails.startsWith(users)) {
            parser.problem(UPLOAD_PREFIX, "a prefix whose users/ folder and THUMBNAIL_PREFIX ('" + thumbnails + "') do not contain each other", prefix);
        }
        return normalised;
    }
}
