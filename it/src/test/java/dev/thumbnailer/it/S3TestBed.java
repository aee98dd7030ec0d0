package dev.thumbnailer.it;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.handler.EventKind;
import dev.thumbnailer.handler.FunctionComponents;
import dev.thumbnailer.handler.S3EventHandler;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.EmbeddedS3Extension;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.S3ObjectStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One bucket on the shared embedded S3 server, with both handlers wired to it through the real SDK,
 * whose requests are counted. Handlers see exactly what Lambda would: S3-shaped
 * event JSON, parsed by the runtime's serializer.
 */
final class S3TestBed {

    private static final AtomicInteger BUCKETS = new AtomicInteger();

    final EmbeddedS3 server;
    final S3Client client;
    final String bucket;
    final RequestCounter requests = new RequestCounter();
    final List<String> logLines = new CopyOnWriteArrayList<>();
    private final S3EventHandler thumbnails;
    private final S3EventHandler cleanup;

    S3TestBed(EmbeddedS3Extension s3, Map<String, String> extraEnv) {
        this(s3, extraEnv, UnaryOperator.identity());
    }

    /** @param decorate wraps the real store, e.g. to inject another client's action mid-flight */
    S3TestBed(EmbeddedS3Extension s3, Map<String, String> extraEnv, UnaryOperator<ObjectStore> decorate) {
        this(s3, extraEnv, decorate, "it-bucket-" + BUCKETS.incrementAndGet());
    }

    /** On a named bucket, e.g. the one the sample events in events/ name. */
    S3TestBed(EmbeddedS3Extension s3, Map<String, String> extraEnv, UnaryOperator<ObjectStore> decorate, String bucket) {
        this(s3.server(), s3.client(), extraEnv, decorate, bucket);
    }

    /** On a server the test owns, e.g. one it stops halfway. */
    S3TestBed(EmbeddedS3 server, S3Client client, Map<String, String> extraEnv) {
        this(server, client, extraEnv, UnaryOperator.identity(), "it-bucket-" + BUCKETS.incrementAndGet());
    }

    private S3TestBed(EmbeddedS3 server, S3Client client, Map<String, String> extraEnv, UnaryOperator<ObjectStore> decorate, String bucket) {
        this.server = server;
        this.client = client;
        this.bucket = bucket;
        if (client.listBuckets().buckets().stream().noneMatch(b -> b.name().equals(bucket))) {
            client.createBucket(b -> b.bucket(bucket));
        }
        Map<String, String> env = new HashMap<>(server.environment());
        env.putAll(extraEnv);
        S3Client countingClient = server.client(b -> b.overrideConfiguration(o -> o.addExecutionInterceptor(requests)));
        ObjectStore store = decorate.apply(new S3ObjectStore(countingClient));
        FunctionComponents components = FunctionComponents.withStore(SettingsParser.parse(env), store);
        this.thumbnails = S3EventHandler.over(EventKind.CREATED, components, logLines::add);
        this.cleanup = S3EventHandler.over(EventKind.REMOVED, components, logLines::add);
    }

    String put(String key, byte[] bytes) {
        return client.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(bytes)).eTag();
    }

    void delete(String key) {
        client.deleteObject(r -> r.bucket(bucket).key(key));
    }

    /** Delivers an ObjectCreated event for {@code key}, as S3 would after the upload. */
    List<Outcome> createdEvent(String eventName, String... keys) {
        List<S3Events.Notification> records = new ArrayList<>();
        for (String key : keys) {
            Optional<byte[]> body = get(key);
            records.add(new S3Events.Notification(eventName, bucket, key, body.map(b -> (long) b.length).orElse(0L), "etag"));
        }
        return thumbnails.handle(S3Events.parse(S3Events.json(records)), null);
    }

    List<Outcome> created(String... keys) {
        return createdEvent("ObjectCreated:Put", keys);
    }

    List<Outcome> removedEvent(String eventName, String... keys) {
        List<S3Events.Notification> records = new ArrayList<>();
        for (String key : keys) {
            records.add(new S3Events.Notification(eventName, bucket, key, 0, null));
        }
        return cleanup.handle(S3Events.parse(S3Events.json(records)), null);
    }

    List<Outcome> removed(com.amazonaws.services.lambda.runtime.events.S3Event event) {
        return cleanup.handle(event, null);
    }

    List<Outcome> removed(String... keys) {
        return removedEvent("ObjectRemoved:Delete", keys);
    }

    S3EventHandler thumbnailHandler() {
        return thumbnails;
    }

    Optional<byte[]> get(String key) {
        try {
            return Optional.of(client.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    ResponseBytes<GetObjectResponse> getWithHeaders(String key) {
        return client.getObjectAsBytes(r -> r.bucket(bucket).key(key));
    }

    /** Every key in the bucket, sorted. */
    List<String> keys() {
        return client.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream().map(S3Object::key).sorted().toList();
    }
}
