package dev.thumbnailer.it.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.config.Settings;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.naming.DerivativeKeys;
import dev.thumbnailer.service.Outcome;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/** What each kind of outcome must have left in the bucket, checked against the bucket itself. */
public final class OutcomeAssertions {

    private final S3Client s3;
    private final Settings settings;
    private final DerivativeKeys keys;

    public OutcomeAssertions(S3Client s3, Settings settings) {
        this.s3 = s3;
        this.settings = settings;
        this.keys = new DerivativeKeys(settings.thumbnailPrefix());
    }

    /**
     * @param seeded the keys the fixture wrote
     * @param before the bucket (key → ETag) just before the invocation
     */
    public void check(Outcome outcome, List<String> seeded, Map<String, String> before) {
        Map<String, String> after = BucketState.of(s3, outcome.bucket());
        switch (outcome) {
            case Outcome.Thumbnailed t -> settings.sizes().forEach(size -> assertThumbnail(t, size));
            case Outcome.Rejected r -> assertTrue(after.keySet().stream().noneMatch(k -> keys.parse(k)
                            .filter(d -> !d.sizeName().equals(DerivativeKeys.REJECTED_FOLDER)).isPresent()),
                    "a rejected upload has no derivatives (only its rejection marker), but the bucket holds " + after.keySet());
            case Outcome.Skipped s -> assertEquals(before, after, "a skipped record must write and delete nothing");
            case Outcome.Cleaned c -> {
                seeded.forEach(key -> assertFalse(after.containsKey(key), key + " should have been deleted"));
                assertTrue(c.derivativeKeys().containsAll(seeded), c.derivativeKeys() + " should list " + seeded);
            }
        }
    }

    private void assertThumbnail(Outcome.Thumbnailed t, ThumbnailSize size) {
        String key = keys.derivativeKey(size.name(), t.key());
        assertTrue(t.derivativeKeys().contains(key), t.derivativeKeys() + " should contain " + key);
        ResponseBytes<GetObjectResponse> object = s3.getObjectAsBytes(r -> r.bucket(t.bucket()).key(key));
        assertEquals(contentTypeOf(t.key()), object.response().contentType(), key + ": same format as the original, sent as Content-Type");
        BufferedImage image = decode(object.asByteArray());
        assertNotNull(image, key + " does not decode");
        if (!key.endsWith(".gif")) {
            assertEquals(key.endsWith(".png"), image.getColorModel().hasAlpha(), key + ": the PNG fixture's alpha must survive; JPEG has none");
        }
        assertTrue(image.getWidth() <= size.width() && image.getHeight() <= size.height(),
                key + " is " + image.getWidth() + "x" + image.getHeight() + ", outside " + size.width() + "x" + size.height());
    }

    private static String contentTypeOf(String key) {
        String extension = key.substring(key.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "png" -> "image/png";
            case "gif" -> "image/gif";
            default -> "image/jpeg";
        };
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return null;
        }
    }
}
