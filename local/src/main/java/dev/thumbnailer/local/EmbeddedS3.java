package dev.thumbnailer.local;

import dev.thumbnailer.storage.S3Clients;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * A real S3-compatible HTTP server in this JVM: S3Proxy with an in-memory ("transient-nio2") blob
 * store, on a free loopback port. It verifies SigV4 signatures, presigned URLs included, so the
 * SDK is exercised as it would be against AWS. Chosen over Adobe S3Mock, which starts in 5-7 s
 * under Spring Boot and does not check signatures. It sends no event notifications: callers build
 * the S3 event themselves ({@link S3Events}).
 */
public final class EmbeddedS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";
    public static final String REGION = "us-east-1";

    private final S3Proxy proxy;
    private final URI endpoint;

    private EmbeddedS3(S3Proxy proxy, URI endpoint) {
        this.proxy = proxy;
        this.endpoint = endpoint;
    }

    /** Starts a server on a free port of 127.0.0.1 (never "localhost": bucket.localhost does not resolve). */
    public static EmbeddedS3 start() {
        return start(0);
    }

    public static EmbeddedS3 start(int port) {
        return start("127.0.0.1", port, AuthenticationType.AWS_V2_OR_V4);
    }

    /**
     * For functions running in containers ({@code sam local invoke}): listens on {@code bindHost}
     * (0.0.0.0 where Docker reaches the host through a bridge, as on Linux) and accepts any
     * credentials, because SAM CLI hands the container the developer's own AWS keys (or
     * "defaultkey"), never this server's. Requests are still parsed as signed S3 requests.
     */
    public static EmbeddedS3 startForContainers(String bindHost, int port) {
        return start(bindHost, port, AuthenticationType.NONE);
    }

    /**
     * For a browser page ({@code ./try-it --web}): on loopback, signatures checked, CORS for the
     * page's origins (S3Proxy's CORS is server-wide, not per bucket: the same rule as the template's
     * bucket CORS), and every object created or removed reported to {@code events}, as S3's event
     * notifications would report it.
     */
    public static EmbeddedS3 startForBrowsers(int port, List<String> origins, Consumer<S3Events.Notification> events) {
        CrossOriginResourceSharing cors = new CrossOriginResourceSharing(origins, List.of("PUT"), List.of("Content-Type"), List.of("ETag"), "false");
        return start("127.0.0.1", port, AuthenticationType.AWS_V2_OR_V4, store -> new NotifyingBlobStore(store, events), cors);
    }

    private static EmbeddedS3 start(String bindHost, int port, AuthenticationType authentication) {
        return start(bindHost, port, authentication, UnaryOperator.identity(), CrossOriginResourceSharing.disabled());
    }

    private static EmbeddedS3 start(String bindHost, int port, AuthenticationType authentication, UnaryOperator<BlobStore> decorate,
                                    CrossOriginResourceSharing cors) {
        Properties properties = new Properties();
        properties.setProperty("jclouds.identity", ACCESS_KEY);
        properties.setProperty("jclouds.credential", SECRET_KEY);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(decorate.apply(BlobStores.create("transient-nio2", properties)))
                .awsAuthentication(authentication, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://" + bindHost + ":" + port))
                .ignoreUnknownHeaders(true)
                .corsRules(cors)
                .stopTimeout(0)
                .build();
        try {
            proxy.start();
            awaitStarted(proxy);
        } catch (Exception e) {
            throw new IllegalStateException("embedded S3 server did not start on " + bindHost + ":" + port, e);
        }
        // Clients in this JVM always use loopback, whatever the server listens on.
        return new EmbeddedS3(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()));
    }

    private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!"STARTED".equals(proxy.getState())) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("S3Proxy state is " + proxy.getState() + " after 30 s");
            }
            Thread.sleep(10);
        }
    }

    public URI endpoint() {
        return endpoint;
    }

    /** A client for this server, signed with its keys, path-style, uploading as the function does. */
    public S3Client client() {
        return client(builder -> { });
    }

    /** The same, with extra configuration (e.g. an execution interceptor that counts requests). */
    public S3Client client(java.util.function.Consumer<software.amazon.awssdk.services.s3.S3ClientBuilder> customizer) {
        var builder = S3Client.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .forcePathStyle(true)
                .serviceConfiguration(S3Clients.plainUploads()) // what the function sends; S3Proxy drops aws-chunked connections
                .httpClient(UrlConnectionHttpClient.builder().build());
        customizer.accept(builder);
        return builder.build();
    }

    public S3Presigner presigner() {
        return S3Presigner.builder()
                .endpointOverride(endpoint)
                .region(Region.of(REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    /**
     * The environment variables that point a handler at this server: what {@code events/env.json}
     * does for {@code sam local invoke}, with this server's actual port.
     */
    public Map<String, String> environment() {
        return Map.of(
                "AWS_ENDPOINT_URL_S3", endpoint.toString(),
                "S3_FORCE_PATH_STYLE", "true",
                "AWS_REGION", REGION,
                "AWS_ACCESS_KEY_ID", ACCESS_KEY,
                "AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("embedded S3 server did not stop", e);
        }
    }
}
