package dev.thumbnailer.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

class EmbeddedS3Test {

    @Test
    void embeddedS3_putThenGet_roundTripsThroughTheRealSdk() {
        try (EmbeddedS3 s3 = EmbeddedS3.start(); S3Client client = s3.client()) {
            client.createBucket(b -> b.bucket("smoke"));
            client.putObject(r -> r.bucket("smoke").key("a b/é+.txt"), RequestBody.fromString("hello"));
            byte[] back = client.getObjectAsBytes(r -> r.bucket("smoke").key("a b/é+.txt")).asByteArray();
            assertArrayEquals("hello".getBytes(), back);
        }
    }

    @Test
    void s3Events_keyWithSpaceUnicodeAndPlus_isEncodedAsS3DoesAndParsedByTheRuntimeSerializer() {
        S3Event event = S3Events.event(new S3Events.Notification("ObjectCreated:Put", "bucket", "photos/été 2024/a+b.jpg", 10, "abc"));
        String raw = event.getRecords().getFirst().getS3().getObject().getKey();
        assertEquals("photos/%C3%A9t%C3%A9+2024/a%2Bb.jpg", raw);
        assertEquals("photos/été 2024/a+b.jpg", event.getRecords().getFirst().getS3().getObject().getUrlDecodedKey());
    }
}
