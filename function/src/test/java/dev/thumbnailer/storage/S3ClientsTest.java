package dev.thumbnailer.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/** What the function's S3 clients put on the wire: the real one as a bare HTTP server sees it, the priming one as its HTTP layer does. */
class S3ClientsTest {

    private static final List<String> UPLOAD_HEADERS = List.of("Content-Encoding", "x-amz-trailer", "x-amz-checksum-crc32",
            "x-amz-content-sha256", "x-amz-decoded-content-length", "Content-Type", "Content-Length");

    private static final String ZEROS_2000_SHA256 = "2da42fb1d7bd8524e83d5a1e332bad697c8769ba430770a19bec630eb8ffcaa8"; // signed payload: the body is plain

    private final List<String> uploads = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private Map<String, String> env;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var headers = exchange.getRequestHeaders();
            int body = exchange.getRequestBody().readAllBytes().length;
            uploads.add(describe(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(), headers::getFirst, body));
            exchange.getResponseHeaders().add("ETag", "\"e\"");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        env = Map.of("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:" + server.getAddress().getPort(),
                "S3_FORCE_PATH_STYLE", "true", "AWS_ACCESS_KEY_ID", "k", "AWS_SECRET_ACCESS_KEY", "s");
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
        try (S3Client s3 = S3Clients.create(SettingsParser.parse(env), env)) {
            s3.putObject(r -> r.bucket("b").key("thumbnails/small/a.jpg"), RequestBody.fromBytes(new byte[2000]));
        }

        assertEquals(List.of("PUT /b/thumbnails/small/a.jpg, Content-Encoding=null, x-amz-trailer=null, x-amz-checksum-crc32=Asn0RA==, "
                + "x-amz-content-sha256=" + ZEROS_2000_SHA256 + ", x-amz-decoded-content-length=null, Content-Type=application/octet-stream, Content-Length=2000, 2000 bytes"),
                uploads);
    }

    /** SnapStart must warm the path production takes: a priming client that framed uploads otherwise would warm another one. */
    @Test
    void primingClient_uploadsExactlyAsTheRealClientDoes() {
        Settings settings = SettingsParser.parse(env);
        byte[] thumbnail = new byte[3000];
        new S3ObjectStore(S3Clients.create(settings, env)).put("b", "thumbnails/small/a.jpg", thumbnail, "image/jpeg", Map.of("source-etag", "e"));
        List<String> primed = new CopyOnWriteArrayList<>();

        S3Priming.withStore(settings, recording(new CannedHttpClient(thumbnail), primed),
                store -> store.put("b", "thumbnails/small/a.jpg", thumbnail, "image/jpeg", Map.of("source-etag", "e")));

        assertEquals(uploads, primed);
    }

    private static String describe(String method, String path, Function<String, String> header, int bodyBytes) {
        StringBuilder out = new StringBuilder(method + " " + path);
        UPLOAD_HEADERS.forEach(name -> out.append(", ").append(name).append('=').append(header.apply(name)));
        return out.append(", ").append(bodyBytes).append(" bytes").toString();
    }

    /** The canned HTTP layer, noting each request as the server above notes it. */
    private static SdkHttpClient recording(SdkHttpClient canned, List<String> requests) {
        return new SdkHttpClient() {
            @Override
            public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
                var http = request.httpRequest();
                int body = request.contentStreamProvider().map(p -> length(p.newStream())).orElse(0);
                requests.add(describe(http.method().name(), http.encodedPath(), name -> http.firstMatchingHeader(name).orElse(null), body));
                return canned.prepareRequest(request);
            }

            @Override
            public void close() {
                canned.close();
            }
        };
    }

    private static int length(InputStream body) {
        try (body) {
            return body.readAllBytes().length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
