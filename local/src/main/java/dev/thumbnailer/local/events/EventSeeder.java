package dev.thumbnailer.local.events;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.local.events.EventFixtures.Fixture;
import dev.thumbnailer.local.samples.SampleImages;
import dev.thumbnailer.naming.DerivativeKeys;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

/** Puts into a local S3 server what a sample event says is there (see {@link EventFixtures}). */
public final class EventSeeder {

    private final S3Client s3;
    private final Settings settings;

    /** @param settings the functions' settings, for the thumbnail prefix and size names */
    public EventSeeder(S3Client s3, Settings settings) {
        this.s3 = s3;
        this.settings = settings;
    }

    /** Seeds every record of the event; returns the keys written. */
    public List<String> seed(EventFile file) {
        Fixture fixture = EventFixtures.fixtureFor(file.name());
        List<String> written = new ArrayList<>();
        for (EventFile.Record record : file.records()) {
            createBucketIfMissing(record.bucket());
            for (String key : keysFor(fixture, record.key())) {
                s3.putObject(r -> r.bucket(record.bucket()).key(key).contentType(contentType(fixture)), RequestBody.fromBytes(content(fixture)));
                written.add(key);
            }
        }
        return written;
    }

    private List<String> keysFor(Fixture fixture, String key) {
        if (fixture != Fixture.DELETED_ORIGINAL_WITH_DERIVATIVES) {
            return List.of(key);
        }
        DerivativeKeys keys = new DerivativeKeys(settings.thumbnailPrefix());
        return settings.sizes().stream().map(ThumbnailSize::name).map(size -> keys.derivativeKey(size, key)).toList();
    }

    private static byte[] content(Fixture fixture) {
        return switch (fixture) {
            case JPEG -> SampleImages.photoJpeg(1200, 800, 7);
            case PNG_WITH_ALPHA -> SampleImages.logoPngWithAlpha(400);
            case GIF -> SampleImages.badgeGif(320, 200);
            case TEXT_NAMED_JPG -> SampleImages.textNamedLikeAnImage();
            case EXISTING_DERIVATIVE, DELETED_ORIGINAL_WITH_DERIVATIVES -> SampleImages.photoJpeg(128, 85, 8);
        };
    }

    private static String contentType(Fixture fixture) {
        return switch (fixture) {
            case PNG_WITH_ALPHA -> "image/png";
            case GIF -> "image/gif";
            case TEXT_NAMED_JPG -> "text/plain";
            default -> "image/jpeg";
        };
    }

    private void createBucketIfMissing(String bucket) {
        try {
            s3.headBucket(r -> r.bucket(bucket));
        } catch (NoSuchBucketException e) {
            s3.createBucket(r -> r.bucket(bucket));
        }
    }
}
