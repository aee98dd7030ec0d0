package dev.thumbnailer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** What the figures were measured on, for the report: numbers without a machine mean little. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        long memKib = field(Path.of("/proc/meminfo"), "MemTotal").map(v -> Long.parseLong(v.replaceAll("\\D", ""))).orElse(0L);
        return String.join("\n",
                "- CPU: " + field(Path.of("/proc/cpuinfo"), "model name").orElse("unknown") + ", " + Runtime.getRuntime().availableProcessors() + " cores (nproc)",
                "- Memory: " + String.format("%.1f GiB", memKib / 1024.0 / 1024.0),
                "- OS: " + osName() + ", kernel " + System.getProperty("os.version"),
                "- JDK: " + System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                "- Date: " + ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
                "- Commit: " + Optional.ofNullable(System.getenv("BENCH_GIT_REV")).orElse("unknown"));
    }

    /** The 1-minute load average: other work on the machine shows up in timings, so the report says how busy it was. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String osName() {
        return field(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", "")).orElse(System.getProperty("os.name"));
    }

    /** The value of the first {@code name: value} or {@code name=value} line of a /proc-style file. */
    private static Optional<String> field(Path file, String name) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(l -> l.startsWith(name))
                    .map(l -> l.substring(l.indexOf(l.contains(":") ? ':' : '=') + 1).strip())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
