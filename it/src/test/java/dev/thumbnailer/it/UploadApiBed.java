package dev.thumbnailer.it;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dev.thumbnailer.handler.CleanupHandler;
import dev.thumbnailer.handler.ThumbnailHandler;
import dev.thumbnailer.handler.UploadApiHandler;
import dev.thumbnailer.local.EmbeddedS3;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.json.JsonReader;
import dev.thumbnailer.json.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The upload API, the thumbnail and the cleanup function, all built from one environment as
 * Lambda would build them, on one bucket of a real S3-compatible server that checks signatures.
 * Requests reach the API as API Gateway's payload 2.0 events with the JWT authorizer's claims;
 * uploads go to the presigned URLs over HTTP, exactly as a browser sends them.
 */
final class UploadApiBed {

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final S3Client s3;
    final String bucket = "upload-bed-" + BUCKETS.incrementAndGet();
    final List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final UploadApiHandler api;
    private final ThumbnailHandler thumbnails;
    private final CleanupHandler cleanup;

    UploadApiBed(EmbeddedS3 server, S3Client s3, Map<String, String> extraEnv) {
        this.s3 = s3;
        s3.createBucket(b -> b.bucket(bucket));
        Map<String, String> env = new HashMap<>(server.environment());
        env.put("UPLOAD_BUCKET", bucket);
        env.put("UPLOAD_PREFIX", "uploads/");
        env.putAll(extraEnv);
        this.api = new UploadApiHandler(env, log::add);
        this.thumbnails = new ThumbnailHandler(env, log::add);
        this.cleanup = new CleanupHandler(env, log::add);
    }

    record Answer(int status, Map<?, ?> body) {

        String string(String name) {
            return (String) body.get(name);
        }

        String errorCode() {
            return (String) ((Map<?, ?>) body.get("error")).get("code");
        }
    }

    Answer post(String owner, String filename, String contentType, long size, String album) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filename", filename);
        body.put("contentType", contentType);
        body.put("size", size);
        if (album != null) {
            body.put("album", album);
        }
        return call(owner, "POST", Map.of(), JsonWriter.write(body));
    }

    Answer call(String owner, String method, Map<String, String> query, String body) {
        APIGatewayV2HTTPResponse response = api.handleRequest(UploadApiBedEvents.request(owner, method, query, body), null);
        return new Answer(response.getStatusCode(), response.getBody().isEmpty() ? Map.of() : (Map<?, ?>) JsonReader.parse(response.getBody()));
    }

    Answer status(String owner, String key) {
        return call(owner, "GET", Map.of("key", key), null);
    }

    /** PUTs {@code body} to a signed URL with the given headers; the S3 server's status code. */
    static int put(String url, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return send(request.build()).statusCode();
    }

    /** The upload a browser makes with the API's answer: its URL, method and headers, nothing else. */
    static int upload(Answer signed, byte[] body) {
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) signed.body().get("headers");
        return put(signed.string("url"), headers, body);
    }

    static HttpResponse<byte[]> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** S3's ObjectCreated:Put notification for {@code key}, delivered to ThumbnailFunction. */
    List<Outcome> created(String key) {
        return thumbnails.handle(S3Events.event(new S3Events.Notification("ObjectCreated:Put", bucket, key, 1, "etag")), null);
    }

    List<Outcome> removed(String key) {
        return cleanup.handle(S3Events.event(new S3Events.Notification("ObjectRemoved:Delete", bucket, key, 0, null)), null);
    }

    List<String> keys() {
        return s3.listObjectsV2Paginator(r -> r.bucket(bucket)).contents().stream().map(S3Object::key).sorted().toList();
    }
}
