package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.handler.EventKind;
import dev.thumbnailer.handler.FunctionComponents;
import dev.thumbnailer.handler.S3EventHandler;
import dev.thumbnailer.local.S3Events;
import dev.thumbnailer.storage.S3ObjectStore;
import dev.thumbnailer.storage.StorageException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Failures S3Proxy cannot be made to produce: a DeleteObjects 200 carrying per-key errors,
 * throttling, and a forbidden HEAD. A tiny HTTP server answers with S3's own status codes and XML;
 * the real SDK and the real store talk to it over the wire.
 */
class S3ErrorHandlingTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void deleteObjects_okResponseWithPerKeyErrors_isAFailureNamingThem() throws IOException {
        S3ObjectStore store = storeAnswering(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DeleteResult>"
                + "<Error><Key>thumbnails/small/a.jpg</Key><Code>AccessDenied</Code><Message>Access Denied</Message></Error>"
                + "</DeleteResult>");

        StorageException e = assertThrows(StorageException.class, () -> store.deleteAll("b", List.of("thumbnails/small/a.jpg")));

        assertTrue(e.getMessage().contains("AccessDenied") && e.getMessage().contains("thumbnails/small/a.jpg"), e.getMessage());
    }

    @Test
    void deleteObjects_perKeyNoSuchKeyOnly_isSuccess() throws IOException {
        S3ObjectStore store = storeAnswering(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><DeleteResult>"
                + "<Error><Key>gone.jpg</Key><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>"
                + "</DeleteResult>");

        assertDoesNotThrow(() -> store.deleteAll("b", List.of("gone.jpg")));
    }

    @Test
    void head_forbidden_isAFailureNotAnAbsentObject() throws IOException {
        S3ObjectStore store = storeAnswering(403, "");

        assertThrows(StorageException.class, () -> store.head("b", "a.jpg"));
    }

    @Test
    void throttling_propagatesOutOfTheHandlerAfterTheSdkRetries() throws IOException {
        S3ObjectStore store = storeAnswering(503, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
                + "<Message>Please reduce your request rate.</Message></Error>");
        S3EventHandler handler = S3EventHandler.over(EventKind.CREATED, FunctionComponents.withStore(SettingsParser.parse(Map.of()), store), line -> { });
        var event = S3Events.event(new S3Events.Notification("ObjectCreated:Put", "b", "a.jpg", 10, "e"));

        StorageException e = assertThrows(StorageException.class, () -> handler.handleRequest(event, null));

        assertTrue(e.getMessage().contains("s3://b/a.jpg"), e.getMessage());
        assertTrue(requests.get() > 1, "the SDK retried before giving up: " + requests.get());
    }

    private S3ObjectStore storeAnswering(int status, String xml) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, status, xml));
        server.start();
        S3Client client = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
                .region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("k", "s")))
                .httpClient(UrlConnectionHttpClient.builder().build())
                .build();
        return new S3ObjectStore(client);
    }

    private void answer(HttpExchange exchange, int status, String xml) throws IOException {
        requests.incrementAndGet();
        exchange.getRequestBody().readAllBytes();
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
        assertEquals(exchange.getResponseCode(), status);
    }
}
