package dev.thumbnailer.local;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;

class EmbeddedS3Test {

    @RegisterExtension
    static final EmbeddedS3Extension S3 = new EmbeddedS3Extension("ready");

    @Test
    void embeddedS3_putThenGet_roundTripsThroughTheRealSdk() {
        S3Client client = S3.client();

        client.createBucket(b -> b.bucket("smoke"));
        client.putObject(r -> r.bucket("smoke").key("a b/é+.txt"), RequestBody.fromString("hello"));
        byte[] back = client.getObjectAsBytes(r -> r.bucket("smoke").key("a b/é+.txt")).asByteArray();

        assertArrayEquals("hello".getBytes(), back);
    }

    @Test
    void extension_withBuckets_createsThemBeforeTheFirstTestAndResolvesParameters(EmbeddedS3 server, S3Client client) {
        List<String> buckets = client.listBuckets().buckets().stream().map(Bucket::name).toList();

        assertTrue(buckets.contains("ready"), buckets.toString());
        assertSame(S3.server(), server);
        assertSame(S3.client(), client);
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
        try (S3Client client = S3.server().client(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(recorder)))) {
            client.createBucket(b -> b.bucket("plain-bodies"));
            client.putObject(r -> r.bucket("plain-bodies").key("a.jpg"), RequestBody.fromBytes(new byte[5000]));

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
