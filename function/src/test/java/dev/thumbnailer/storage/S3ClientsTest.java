package dev.thumbnailer.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.thumbnailer.config.SettingsParser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** What the function's S3 client puts on the wire, as a bare HTTP server sees it. */
class S3ClientsTest {

    private final List<String> uploads = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var headers = exchange.getRequestHeaders();
            int body = exchange.getRequestBody().readAllBytes().length;
            uploads.add("encoding " + headers.getFirst("Content-Encoding") + ", trailer " + headers.getFirst("x-amz-trailer")
                    + ", crc32 " + headers.getFirst("x-amz-checksum-crc32") + ", " + body + " bytes");
            exchange.getResponseHeaders().add("ETag", "\"e\"");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /**
     * One plain body, its CRC32 in a header: no aws-chunked framing, whose terminating chunk S3Proxy
     * leaves unread before dropping the connection. S3 still gets a checksum to verify.
     */
    @Test
    void upload_isOnePlainBodyWithItsChecksumInAHeader() {
        Map<String, String> env = Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + server.getAddress().getPort(),
                "S3_FORCE_PATH_STYLE", "true", "AWS_ACCESS_KEY_ID", "k", "AWS_SECRET_ACCESS_KEY", "s");

        try (S3Client s3 = S3Clients.create(SettingsParser.parse(env), env)) {
            s3.putObject(r -> r.bucket("b").key("thumbnails/small/a.jpg"), RequestBody.fromBytes(new byte[2000]));
        }

        assertEquals(List.of("encoding null, trailer null, crc32 Asn0RA==, 2000 bytes"), uploads);
    }
}
