package dev.thumbnailer.local.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.thumbnailer.local.lambda.LocalHttpFunction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * One local origin for the upload page and its API, as an app would serve them: the static files
 * of web/ at {@code /}, a {@code config.js} pointing the page at {@code /uploads}, and
 * {@code /uploads} bridged to the upload function.
 */
public final class WebServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "png", "image/png", "svg", "image/svg+xml");

    private final HttpServer server;

    private WebServer(HttpServer server) {
        this.server = server;
    }

    /** Takes the port (0: any free one) first, so the page's origin is known before the S3 server's CORS is configured. */
    public static WebServer bind(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        return new WebServer(server);
    }

    public void serve(Path webRoot, LocalHttpFunction api, long maxSourceBytes) {
        server.createContext("/uploads", new ApiBridge(api));
        String config = "window.thumbnailerConfig = {apiUrl: \"/uploads\", maxBytes: " + maxSourceBytes + "};\n";
        server.createContext("/", exchange -> serve(exchange, webRoot.toAbsolutePath().normalize(), config));
        server.start();
    }

    /** The origins a browser may use for this server: what the S3 server's CORS must allow. */
    public java.util.List<String> origins() {
        return java.util.List.of("http://127.0.0.1:" + port(), "http://localhost:" + port());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void serve(HttpExchange exchange, Path root, String config) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "GET only".getBytes(StandardCharsets.UTF_8));
            } else if (path.equals("/config.js")) {
                send(exchange, 200, TYPES.get("js"), config.getBytes(StandardCharsets.UTF_8));
            } else {
                Path file = root.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
                String name = file.getFileName().toString();
                String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
                if (!file.startsWith(root) || type == null || !Files.isRegularFile(file)) {
                    send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 200, type, Files.readAllBytes(file));
                }
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
