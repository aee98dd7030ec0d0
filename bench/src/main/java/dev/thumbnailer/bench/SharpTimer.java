package dev.thumbnailer.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * sharp on the same files, doing our pipeline's work (both default sizes, EXIF orientation, same
 * format, JPEG quality 85), timed inside one Node.js process per image by bench/sharp/time.mjs.
 * {@link WarmTimer} drives that process's rounds, call by call between its own contenders', so a
 * change in the machine's load hits ours and sharp alike. One thread: the script sets
 * {@code sharp.concurrency(1)} and the process gets one libuv thread. bench/run installs sharp
 * (npm ci in bench/sharp); without node or that install the benchmark runs without this column
 * and says why.
 */
final class SharpTimer {

    private static final int TIMEOUT_SECONDS = 900;
    private static final String NODE_PROPERTY = "bench.sharpNode";
    private static final String DIR_PROPERTY = "bench.sharpDir";

    private final Path node;
    private final Path dir;

    private SharpTimer(Path node, Path dir) {
        this.node = node;
        this.dir = dir;
    }

    /** The timer, or why there is none (bench/run's install note, no node, no installed sharp). */
    static Availability find(Path sharpDir, String installNote) {
        if (installNote != null && !installNote.isBlank()) {
            return new Availability(Optional.empty(), installNote.strip());
        }
        Optional<Path> node = Processes.onPath("node");
        if (node.isEmpty()) {
            return new Availability(Optional.empty(), "not run: node is not on PATH");
        }
        if (!Files.isRegularFile(sharpDir.resolve("node_modules/sharp/package.json"))) {
            return new Availability(Optional.empty(), "not run: sharp is not installed in bench/sharp (bench/run runs npm ci there)");
        }
        SharpTimer timer = new SharpTimer(node.get(), sharpDir);
        return new Availability(Optional.of(timer), timer.versions());
    }

    record Availability(Optional<SharpTimer> timer, String description) {
    }

    /** The child JVM's view of the timer: {@link #properties} passed it there. */
    static Optional<SharpTimer> fromProperties() {
        String node = System.getProperty(NODE_PROPERTY);
        return node == null ? Optional.empty() : Optional.of(new SharpTimer(Path.of(node), Path.of(System.getProperty(DIR_PROPERTY))));
    }

    /** What {@link WarmRun} hands the child JVM so that it can start the same Node.js. */
    List<String> properties() {
        return List.of("-D" + NODE_PROPERTY + "=" + node, "-D" + DIR_PROPERTY + "=" + dir.toAbsolutePath());
    }

    /**
     * A Node.js process for one image ({@code time.mjs --serve}), called by the caller's rounds:
     * each {@link Session#call} is one render, so sharp's calls alternate with ours.
     */
    Session open(Path file) throws IOException {
        List<String> command = List.of(node.toString(), "--expose-gc", "time.mjs", "--serve", file.toAbsolutePath().toString());
        return new Session(builder(command).redirectErrorStream(true).start());
    }

    /** One image's Node.js process: calls answered one at a time, then the result of the measured ones. */
    static final class Session implements AutoCloseable {

        private final Process process;
        private final BufferedReader out;
        private final Writer in;
        private final StringBuilder output = new StringBuilder();

        private Session(Process process) {
            this.process = process;
            this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        }

        /** One render, timed by the script if {@code measured}; returns once it is done, or the failure. */
        Optional<String> call(boolean measured) throws IOException {
            in.write(measured ? "measure\n" : "warmup\n");
            in.flush();
            for (String line; (line = out.readLine()) != null; ) {
                if (line.strip().equals("DONE")) {
                    return Optional.empty();
                }
                output.append(line).append('\n'); // a FAILED line, or whatever Node.js printed besides
                if (line.startsWith("FAILED ")) {
                    return Optional.of(line.substring("FAILED ".length()).strip());
                }
            }
            return Optional.of("node exited during a call: " + VipsTimer.firstLine(output.toString()));
        }

        /**
         * Ends the session: the script then prints the measured calls' RESULT line, returned as
         * {@link SharpResult#parse} reads it (a FAILED line if there is none).
         */
        String finish() throws IOException, InterruptedException {
            in.close();
            for (String line; (line = out.readLine()) != null; ) {
                output.append(line).append('\n');
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return "FAILED node did not exit after its last call";
            }
            return output.toString().lines().map(String::strip).filter(l -> l.startsWith("RESULT ") || l.startsWith("FAILED ")).reduce((a, b) -> b)
                    .orElse("FAILED no result (exit " + process.exitValue() + "): " + VipsTimer.firstLine(output.toString()));
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }

    private String versions() {
        try {
            Processes.Finished finished = Processes.run(builder(List.of(node.toString(), "time.mjs", "--versions")), 60);
            return finished.output().lines().filter(l -> l.startsWith("VERSIONS ")).findFirst()
                    .map(l -> l.substring("VERSIONS ".length()).strip()).orElse("versions unknown: " + VipsTimer.firstLine(finished.output()));
        } catch (IOException e) {
            return "versions unknown (" + e.getMessage() + ")";
        }
    }

    private ProcessBuilder builder(List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        // sharp runs each call on a libuv worker; one worker and one libvips thread make it single-threaded like ours.
        pb.environment().put("UV_THREADPOOL_SIZE", "1");
        return pb;
    }
}
