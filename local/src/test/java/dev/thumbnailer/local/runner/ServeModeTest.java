package dev.thumbnailer.local.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.local.events.EventFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class ServeModeTest {

    @Test
    void serve_anyCredentials_seesTheSeededEventObjectsAndReportsChanges() throws Exception {
        int port = freePort();
        RunnerOptions options = RunnerOptions.parse(new String[] {"--serve", "--port", String.valueOf(port)}, LocalRunnerTest.ROOT);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> serve(options, out, stop));
        try {
            awaitText(printed, "Ctrl-C stops the server");
            // What sam local invoke does: the developer's own keys (here SAM's "defaultkey"), path-style.
            try (S3Client container = client(port, "defaultkey", "defaultsecret")) {
                long size = container.headObject(r -> r.bucket(EventFixtures.BUCKET).key("uploads/été 2024/beach + friends.jpg")).contentLength();
                assertTrue(size > 0);
                container.putObject(r -> r.bucket(EventFixtures.BUCKET).key("thumbnails/small/uploads/photo.jpg"), RequestBody.fromString("x"));
            }
            awaitText(printed, "~ thumbnails/small/uploads/photo.jpg");
        } finally {
            stop.countDown();
        }
        assertEquals(0, server.get());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("delete.json"), printed.toString(StandardCharsets.UTF_8));
    }

    private static int serve(RunnerOptions options, PrintStream out, CountDownLatch stop) {
        try {
            return new ServeMode(options, out).serveUntil(stop);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitText(ByteArrayOutputStream printed, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!printed.toString(StandardCharsets.UTF_8).contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no '" + text + "' in:\n" + printed.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
    }

    private static S3Client client(int port, String key, String secret) {
        return S3Client.builder().endpointOverride(URI.create("http://127.0.0.1:" + port)).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(key, secret)))
                .httpClient(UrlConnectionHttpClient.builder().build()).build();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
