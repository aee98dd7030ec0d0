package dev.thumbnailer.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.handler.FunctionComponents;
import dev.thumbnailer.handler.QueuedEventHandler;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Load and faults through the local stack: uploads, replacements and deletes while several
 * handler instances drain the events (each delivered at least once, some twice, some late), then
 * the end state must have converged. The size here is small enough for every build
 * ({@code -Dload.uploads}, default 200; {@code -Dload.instances}, default 4); docs/operations.md
 * has the figures of the full size, 5,000.
 */
class LoadConvergenceTest {

    static final int UPLOADS = Integer.getInteger("load.uploads", 200);
    static final int INSTANCES = Integer.getInteger("load.instances", 4);
    static final Duration LIMIT = Duration.ofMinutes(Math.max(3, UPLOADS / 100));

    @Test
    void uploadsReplacementsAndDeletes_deliveredAtLeastOnceOutOfOrder_converge() throws InterruptedException {
        try (LocalStack stack = LocalStack.start("load-bucket")) {
            LocalEventQueue queue = new LocalEventQueue(5);
            LoadScenario scenario = new LoadScenario(stack, queue, UPLOADS, 13);

            Run run = run(stack, queue, scenario, env -> env);

            assertEquals(List.of(), scenario.convergenceProblems());
            assertEquals(List.of(), queue.deadLetters());
            assertTrue(run.messages() >= scenario.events, "every event delivered at least once");
            report("load", scenario, queue, run, Map.of());
        }
    }

    @Test
    void sameUnderInjectedFaults_everyFailureIsRetriedOrRedelivered_andItConverges() throws InterruptedException, IOException {
        try (LocalStack stack = LocalStack.start("fault-bucket");
             FaultyProxy proxy = new FaultyProxy(stack.server.endpoint(), faultRates(), 29)) {
            LocalEventQueue queue = new LocalEventQueue(10);
            LoadScenario scenario = new LoadScenario(stack, queue, UPLOADS, 17);

            Run run = run(stack, queue, scenario, env -> {
                env.put("AWS_ENDPOINT_URL_S3", proxy.endpoint().toString());
                return env;
            });

            assertEquals(List.of(), scenario.convergenceProblems());
            assertEquals(List.of(), queue.deadLetters());
            Map<FaultyProxy.Fault, Long> injected = proxy.injected();
            assertTrue(injected.get(FaultyProxy.Fault.SLOW_DOWN) > 0 && injected.get(FaultyProxy.Fault.RESET_MID_RESPONSE) > 0, injected.toString());
            report("faults", scenario, queue, run, injected);
        }
    }

    static Map<FaultyProxy.Fault, Double> faultRates() {
        Map<FaultyProxy.Fault, Double> rates = new EnumMap<>(FaultyProxy.Fault.class);
        rates.put(FaultyProxy.Fault.SLOW_DOWN, 0.06);
        rates.put(FaultyProxy.Fault.INTERNAL_ERROR, 0.03);
        rates.put(FaultyProxy.Fault.RESET_MID_RESPONSE, 0.04);
        rates.put(FaultyProxy.Fault.LATENCY, 0.10);
        return rates;
    }

    record Run(long millis, List<Integer> perInstance, int messages, long peakHeapMb) {
    }

    /** Each instance builds its components from a function environment, as a container's init does (its own S3 client). */
    private static Run run(LocalStack stack, LocalEventQueue queue, LoadScenario scenario, UnaryOperator<Map<String, String>> environment)
            throws InterruptedException {
        LoadScenario.resetPeakHeap();
        long start = System.nanoTime();
        List<Integer> perInstance = queue.drain(INSTANCES, () -> new QueuedEventHandler(
                FunctionComponents.fromEnvironment(environment.apply(stack.environment("QueuedFunction"))), scenario::log), LIMIT, scenario::produce);
        return new Run((System.nanoTime() - start) / 1_000_000, perInstance, queue.receptions().size(), LoadScenario.peakHeapMb());
    }

    private static void report(String name, LoadScenario s, LocalEventQueue queue, Run run, Map<FaultyProxy.Fault, Long> injected) {
        double seconds = run.millis() / 1000.0;
        System.out.printf("%s: uploads=%d (replacements=%d) deletes=%d events=%d (duplicates=%d, late=%d) received=%d instances=%d peakInFlight=%d "
                        + "time=%.1fs throughput=%.1f msg/s (%.1f per instance; per instance %s) peakHeap=%dMB outcomes=%s originalsAtEnd=%d faults=%s%n",
                name, UPLOADS, s.replacements, s.deletes, s.events, s.duplicates, s.late, run.messages(), INSTANCES, queue.peakInFlight(), seconds,
                run.messages() / seconds, run.messages() / seconds / INSTANCES, run.perInstance(), run.peakHeapMb(), s.outcomes(), s.originalsAtEnd(), injected);
    }
}
