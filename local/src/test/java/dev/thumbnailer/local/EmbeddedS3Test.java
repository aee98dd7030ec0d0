package dev.thumbnailer.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
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

    /**
     * S3Proxy answers an aws-chunked upload before reading its terminating chunk and then drops the
     * connection, so the clients this class hands out upload plain bodies, as the function does.
     */
    @Test
    void embeddedS3_client_uploadsPlainBodiesAsTheFunctionDoes() {
        List<String> encodings = new CopyOnWriteArrayList<>();
        ExecutionInterceptor recorder = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                encodings.add(context.httpRequest().firstMatchingHeader("Content-Encoding").orElse("plain"));
            }
        };
        try (EmbeddedS3 s3 = EmbeddedS3.start(); S3Client client = s3.client(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            client.createBucket(b -> b.bucket("smoke"));
            client.putObject(r -> r.bucket("smoke").key("a.jpg"), RequestBody.fromBytes(new byte[5000]));

            assertEquals(List.of("plain", "plain"), encodings);
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
