package dev.thumbnailer.it.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP proxy between the functions' S3 clients and the S3 server that breaks some requests the
 * ways S3 and networks do: {@code 503 SlowDown} and {@code 500 InternalError} answered without
 * forwarding, the connection reset halfway through a response whose request S3 did carry out, and
 * added latency. One request per connection (it asks both sides to close), so every request
 * draws its own fault. Seeded, so a failing run can be repeated.
 */
final class FaultyProxy implements AutoCloseable {

    enum Fault { NONE, SLOW_DOWN, INTERNAL_ERROR, RESET_MID_RESPONSE, LATENCY }

    private final ServerSocket listener;
    private final URI upstream;
    private final Map<Fault, Double> rates;
    private final Random random;
    private final Map<Fault, AtomicLong> injected = new EnumMap<>(Fault.class);

    FaultyProxy(URI upstream, Map<Fault, Double> rates, long seed) throws IOException {
        this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
        this.upstream = upstream;
        this.rates = rates;
        this.random = new Random(seed);
        for (Fault fault : Fault.values()) {
            injected.put(fault, new AtomicLong());
        }
        Thread.ofPlatform().daemon().name("faulty-proxy").start(this::accept);
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + listener.getLocalPort());
    }

    /** How many requests got each fault so far ({@code NONE}: passed through unharmed). */
    Map<Fault, Long> injected() {
        Map<Fault, Long> counts = new EnumMap<>(Fault.class);
        injected.forEach((fault, n) -> counts.put(fault, n.get()));
        return counts;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private synchronized Fault draw() {
        double r = random.nextDouble();
        for (Map.Entry<Fault, Double> rate : rates.entrySet()) {
            r -= rate.getValue();
            if (r < 0) {
                return rate.getKey();
            }
        }
        return Fault.NONE;
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            String head = readHead(in);
            if (head.isEmpty()) {
                return;
            }
            if (head.toLowerCase(Locale.ROOT).contains("\r\nexpect: 100-continue")) {
                client.getOutputStream().write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            byte[] body = in.readNBytes(contentLength(head));
            Fault fault = draw();
            injected.get(fault).incrementAndGet();
            OutputStream out = client.getOutputStream();
            switch (fault) {
                case SLOW_DOWN -> out.write(error(503, "Slow Down", "SlowDown", "Please reduce your request rate."));
                case INTERNAL_ERROR -> out.write(error(500, "Internal Server Error", "InternalError", "We encountered an internal error. Please try again."));
                case RESET_MID_RESPONSE -> {
                    byte[] response = forward(head, body);
                    out.write(response, 0, response.length / 2);
                    out.flush();
                    client.setSoLinger(true, 0); // RST, not FIN: the client sees "connection reset"
                }
                case LATENCY -> {
                    Thread.sleep(20 + random.nextInt(60));
                    out.write(forward(head, body));
                }
                case NONE -> out.write(forward(head, body));
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            // the client gave up or the connection was reset on purpose
        }
    }

    private byte[] forward(String head, byte[] body) throws IOException {
        try (Socket server = new Socket(upstream.getHost(), upstream.getPort())) {
            OutputStream out = server.getOutputStream();
            out.write(closing(head).getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return server.getInputStream().readAllBytes(); // the server closes after its response
        }
    }

    /** The request head with {@code Connection: close} and without {@code Expect} (answered here already). */
    private static String closing(String head) {
        StringBuilder out = new StringBuilder();
        for (String line : head.split("\r\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("connection:") && !lower.startsWith("expect:") && !line.isEmpty()) {
                out.append(line).append("\r\n");
            }
        }
        return out.append("Connection: close\r\n\r\n").toString();
    }

    private static byte[] error(int status, String reason, String code, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
                + "</Message><RequestId>FAULT0000000000</RequestId></Error>";
        return ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: application/xml\r\nContent-Length: " + xml.length()
                + "\r\nConnection: close\r\n\r\n" + xml).getBytes(StandardCharsets.US_ASCII);
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b; matched < 4 && (b = in.read()) >= 0; ) {
            head.write(b);
            matched = (b == '\r' || b == '\n') && "\r\n\r\n".charAt(matched) == b ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
