package dev.thumbnailer.bench;

import dev.thumbnailer.bench.crac.Core;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Child-JVM main for one cold start, done the way Lambda's Java runtime does it. Its own classpath
 * is bench.jar alone; the function is loaded by a {@link URLClassLoader} over the artifact folder
 * and its {@code lib/*.jar} in name order, as the runtime interface client's
 * {@code CustomerClassLoader} loads {@code /var/task}. The handler is built with its no-arg
 * constructor from this process's environment (Lambda's init), the event JSON is parsed with the
 * runtime's serializer, and {@code handleRequest} is called twice.
 * <p>
 * Mode {@code primed} also runs the function's SnapStart hooks between init and the first event,
 * through the CRaC stand-in in {@code bench.crac} (the harness passes {@code -Dorg.crac.Core.Compat}):
 * the JVM the first event then meets is the one a SnapStart snapshot would have captured.
 * <p>
 * Args: artifact folder, extra classpath for the loader (S3Events and the runtime's serializer),
 * event JSON file, handler class, mode ({@code plain} or {@code primed}), and how many more events
 * to handle after the second, for a warm container's median wall and CPU ms per event. Prints one line of
 * wall-clock stamps (epoch ms) and process CPU time (ms) at each step:
 * {@code COLD jvm=.. main=.. init=.. primed=.. parsed=.. first=.. second=.. cpu=main,init,primed,parsed,first,second hooks=.. warm=wall,cpu outcome=..}
 * (hooks: how many CRaC resources the function registered).
 */
public final class ColdStartChild {

    private ColdStartChild() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        long cpuMain = cpuMillis();
        Path artifact = Path.of(args[0]);
        boolean primed = args[4].equals("primed");
        URLClassLoader loader = lambdaLikeLoader(artifact, args[1]);
        Thread.currentThread().setContextClassLoader(loader);

        Class<?> handlerClass = Class.forName(args[3], true, loader);
        Object handler = handlerClass.getConstructor().newInstance();
        long init = System.currentTimeMillis();
        long cpuInit = cpuMillis();

        int hooks = Core.registered(); // 0 without -Dorg.crac.Core.Compat, or for a build without SnapStart hooks
        if (primed) {
            Core.checkpointRestore();
        }
        long afterPriming = System.currentTimeMillis();
        long cpuPrimed = cpuMillis();

        String json = Files.readString(Path.of(args[2]));
        Method parse = Class.forName("dev.thumbnailer.local.S3Events", true, loader).getMethod("parse", String.class);
        Object event = parse.invoke(null, json);
        long parsed = System.currentTimeMillis();
        long cpuParsed = cpuMillis();

        Method handle = handleRequest(handlerClass, loader);
        String outcome = String.valueOf(handle.invoke(handler, event, null));
        long first = System.currentTimeMillis();
        long cpuFirst = cpuMillis();
        handle.invoke(handler, parse.invoke(null, json), null);
        long second = System.currentTimeMillis();
        long cpuSecond = cpuMillis();

        // Then a warm container: the median of further events, for the cost per image.
        int warmEvents = Integer.parseInt(args[5]);
        long[] warmWall = new long[warmEvents];
        long[] warmCpu = new long[warmEvents];
        for (int i = 0; i < warmEvents; i++) {
            long start = System.currentTimeMillis();
            long cpuStart = cpuMillis();
            handle.invoke(handler, parse.invoke(null, json), null);
            warmWall[i] = System.currentTimeMillis() - start;
            warmCpu[i] = cpuMillis() - cpuStart;
        }

        long jvm = ManagementFactory.getRuntimeMXBean().getStartTime(); // read last: loading JMX is not the handler's cost
        System.out.printf("COLD jvm=%d main=%d init=%d primed=%d parsed=%d first=%d second=%d cpu=%d,%d,%d,%d,%d,%d hooks=%d warm=%d,%d outcome=%s%n",
                jvm, main, init, afterPriming, parsed, first, second, cpuMain, cpuInit, cpuPrimed, cpuParsed, cpuFirst, cpuSecond, hooks, median(warmWall), median(warmCpu),
                outcome.replace(' ', ','));
    }

    /** The artifact folder itself, then lib/*.jar sorted by name (the runtime's order), then the extras. */
    static URLClassLoader lambdaLikeLoader(Path artifact, String extras) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(artifact.toUri().toURL());
        File[] jars = artifact.resolve("lib").toFile().listFiles((dir, name) -> name.endsWith(".jar"));
        if (jars == null) {
            throw new IllegalArgumentException("no lib/ folder in the artifact " + artifact);
        }
        Arrays.sort(jars, (a, b) -> a.getName().compareTo(b.getName()));
        for (File jar : jars) {
            urls.add(jar.toURI().toURL());
        }
        for (String extra : extras.split(File.pathSeparator)) {
            urls.add(Path.of(extra).toUri().toURL());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getSystemClassLoader());
    }

    /**
     * The interface method, as Lambda's runtime calls it: a handler may inherit its typed
     * {@code handleRequest} from a generic base class, so there may be no method taking S3Event.
     */
    private static Method handleRequest(Class<?> handlerClass, ClassLoader loader) throws Exception {
        Class<?> handler = Class.forName("com.amazonaws.services.lambda.runtime.RequestHandler", false, loader);
        Class<?> context = Class.forName("com.amazonaws.services.lambda.runtime.Context", false, loader);
        if (!handler.isAssignableFrom(handlerClass)) {
            throw new IllegalArgumentException(handlerClass.getName() + " is not a RequestHandler");
        }
        return handler.getMethod("handleRequest", Object.class, context);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? -1 : sorted[(sorted.length - 1) / 2];
    }

    /** Process CPU time (all threads, JIT and GC included) from /proc, in the kernel's 10 ms ticks. */
    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }
}
