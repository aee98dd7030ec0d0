package dev.thumbnailer.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts child JVMs the way Lambda's Java runtime starts the function's: serial GC, C1 only
 * (what the figures were measured with), default CDS archive. Every timing and every
 * heap figure comes from such a child, never from the harness JVM itself.
 */
final class JavaLauncher {

    static final List<String> LAMBDA_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-Xshare:auto");
    /**
     * With SnapStart (and provisioned concurrency) the java25 runtime leaves tiered compilation at
     * the JVM's default, C2 included: compilation then happens before the snapshot, off the invoke
     * path (docs.aws.amazon.com/lambda/latest/dg/java-customization.html).
     */
    static final List<String> SNAPSTART_FLAGS = List.of("-XX:+UseSerialGC", "-XX:+TieredCompilation", "-Xshare:auto");

    private final String java;

    JavaLauncher() {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    ProcessBuilder command(String classpath, List<String> extraFlags, Class<?> main, List<String> args) {
        return command(LAMBDA_FLAGS, classpath, extraFlags, main, args);
    }

    ProcessBuilder command(List<String> baseFlags, String classpath, List<String> extraFlags, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(baseFlags);
        command.add("-Djava.awt.headless=true");
        command.addAll(extraFlags);
        command.add("-cp");
        command.add(classpath);
        command.add(main.getName());
        command.addAll(args);
        return new ProcessBuilder(command);
    }

    String describeFlags() {
        return String.join(" ", LAMBDA_FLAGS);
    }
}
