package dev.thumbnailer.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.thumbnailer.config.SettingsParser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What the real SDK client and {@link S3ObjectStore} make of S3's answer when KMS refuses: a tiny
 * HTTP server answers every request with the 403 S3 sends for a missing kms: permission.
 */
class KmsDenialTest {

    static final String KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private final List<String> encryptionHeaders = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile String message;
    private volatile int status = 403;
    private S3ObjectStore store;
    private S3Client client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            encryptionHeaders.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("x-amz-server-side-encryption"));
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + (status == 403 ? "AccessDenied" : "ServiceUnavailable")
                    + "</Code><Message>" + message + "</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>h</HostId></Error>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + server.getAddress().getPort(),
                "S3_FORCE_PATH_STYLE", "true", "AWS_ACCESS_KEY_ID", "k", "AWS_SECRET_ACCESS_KEY", "s");
        client = S3Clients.create(SettingsParser.parse(env), env);
        store = new S3ObjectStore(client);
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void get_kmsDecryptDenied_namesTheKeyAndTheMissingAction() {
        message = "User: arn:aws:sts::111122223333:assumed-role/thumbs-ThumbnailFunctionRole-1A2B/thumbs-ThumbnailFunction is not authorized "
                + "to perform: kms:Decrypt on resource: " + KEY + " because no identity-based policy allows the kms:Decrypt action";

        StorageException e = assertThrows(StorageException.class, () -> store.getIfMatch("photos", "a.jpg", "e"));

        assertTrue(e.getMessage().startsWith("GET s3://photos/a.jpg failed: KMS denied kms:Decrypt on key " + KEY + " (S3 answered 403 AccessDenied)"), e.getMessage());
        assertEquals("kms-denied", Failures.code(e));
        assertFalse(Failures.isTransient(e));
    }

    @Test
    void put_kmsGenerateDataKeyDenied_namesItAndSendsNoEncryptionHeader() {
        message = "User: arn:aws:sts::111122223333:assumed-role/r/f is not authorized to perform: kms:GenerateDataKey on resource: " + KEY + " with an explicit deny";

        StorageException e = assertThrows(StorageException.class,
                () -> store.put("photos", "thumbnails/small/a.jpg", new byte[10], "image/jpeg", Map.of("source-etag", "e")));

        assertTrue(e.getMessage().contains("KMS denied kms:GenerateDataKey on key " + KEY), e.getMessage());
        assertEquals(List.of("PUT null"), encryptionHeaders, "derivatives are written under the bucket's default encryption");
    }

    @Test
    void get_plainAccessDenied_staysWhatS3Said() {
        message = "Access Denied";

        StorageException e = assertThrows(StorageException.class, () -> store.getIfMatch("photos", "a.jpg", "e"));

        assertTrue(e.getMessage().contains("failed: Access Denied") && !e.getMessage().contains("KMS"), e.getMessage());
        assertEquals("s3-403", Failures.code(e));
    }

    @Test
    void get_serviceUnavailable_isTransient() {
        status = 503;
        message = "Please reduce your request rate.";

        StorageException e = assertThrows(StorageException.class, () -> store.getIfMatch("photos", "a.jpg", "e"));

        assertTrue(Failures.isTransient(e));
        assertEquals("s3-503", Failures.code(e));
    }

    @Test
    void kmsDenial_messageWithoutAKey_saysSo() {
        KmsDenial denial = KmsDenial.of(software.amazon.awssdk.services.s3.model.S3Exception.builder().statusCode(403)
                .message("not authorized to perform: kms:Decrypt").build()).orElseThrow();

        assertEquals("kms:Decrypt", denial.action());
        assertEquals("(key not named in the error)", denial.key());
    }
}
