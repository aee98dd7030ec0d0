package dev.thumbnailer.local.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebModeTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void web_onePort_servesThePageItsConfigAndTheApi(@TempDir Path out) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        RunnerOptions options = RunnerOptions.parse(new String[] {"--web", "--port", String.valueOf(port), "--out", out.toString()}, LocalRunnerTest.ROOT);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CountDownLatch stop = new CountDownLatch(1);
        CompletableFuture<Integer> web = CompletableFuture.supplyAsync(() -> run(options, new PrintStream(printed, true, StandardCharsets.UTF_8), stop));
        try {
            awaitText(printed, "Ctrl-C stops");
            String base = "http://127.0.0.1:" + port;
            String page = get(base + "/").body();
            String config = get(base + "/config.js").body();
            HttpResponse<String> local = post(base + "/uploads", null);
            HttpResponse<String> asBob = post(base + "/uploads", token("bob"));
            int traversal = get(base + "/../pom.xml").statusCode();

            assertTrue(page.contains("upload.js"), page);
            assertTrue(config.contains("apiUrl: \"/uploads\""), config);
            assertEquals(201, local.statusCode(), local.body());
            assertTrue(local.body().contains("\"key\":\"users/local-user/a.jpg\""), local.body());
            assertTrue(asBob.body().contains("\"key\":\"users/bob/a.jpg\""), asBob.body());
            assertEquals(404, traversal);
        } finally {
            stop.countDown();
        }
        assertEquals(0, web.get());
        // Marked as the runner's folder, so the quick start may empty it later (an unmarked one it refuses).
        assertTrue(Files.exists(out.resolve(OutputFolder.MARKER)));
        assertTrue(Files.exists(out.resolve(WebMode.LOG_FILE)));
    }

    @Test
    void parse_webWithAFolder_isAUsageError() {
        org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> RunnerOptions.parse(new String[] {"--web", "photos"}, LocalRunnerTest.ROOT));
    }

    @Test
    void parse_web_defaultsToPort8080() {
        assertEquals(8080, RunnerOptions.parse(new String[] {"--web"}, LocalRunnerTest.ROOT).port());
    }

    private static int run(RunnerOptions options, PrintStream out, CountDownLatch stop) {
        try {
            return new WebMode(options, out).serveUntil(stop);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(String sub) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + sub + "\"}").getBytes(StandardCharsets.UTF_8)) + ".sig";
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString("{\"filename\":\"a.jpg\",\"contentType\":\"image/jpeg\",\"size\":10}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitText(ByteArrayOutputStream printed, String text) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!printed.toString(StandardCharsets.UTF_8).contains(text)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no '" + text + "' in:\n" + printed.toString(StandardCharsets.UTF_8));
            }
            Thread.sleep(50);
        }
    }
}
