package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.thumbnailer.local.EmbeddedS3Extension;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.testkit.ImageFacts;
import dev.thumbnailer.testkit.TestImages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * S3 delivers events at least once and in no guaranteed order. For each story of operations on one
 * key, every schedule is replayed in which each event is delivered after its operation (all
 * causally possible interleavings), followed by a late duplicate of the first event delivered.
 * Whatever the schedule, the end state must be: derivatives exist iff the original does, and
 * match its current content.
 */
class ConvergenceTest {

    private static final String KEY = "race/photo.jpg";
    private static final byte[] A = TestImages.jpeg(400, 200); // small: 128x64
    private static final byte[] B = TestImages.jpeg(200, 400); // small: 64x128

    @RegisterExtension
    static final EmbeddedS3Extension S3 = new EmbeddedS3Extension();

    enum Op { PUT_A, DELETE, PUT_B }

    static Stream<Arguments> putDeletePut() {
        return Schedules.all(List.of(Op.PUT_A, Op.DELETE, Op.PUT_B)).stream().map(s -> Arguments.of(s, true));
    }

    static Stream<Arguments> putPutDelete() {
        return Schedules.all(List.of(Op.PUT_A, Op.PUT_B, Op.DELETE)).stream().map(s -> Arguments.of(s, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"putDeletePut", "putPutDelete"})
    void anySchedule_endStateMatchesTheFinalOriginal(List<Schedules.Step<Op>> schedule, boolean originalExistsAtEnd) {
        S3TestBed bed = new S3TestBed(S3, Map.of());

        for (Schedules.Step<Op> step : schedule) {
            if (step.delivery()) {
                deliver(bed, step.op());
            } else {
                apply(bed, step.op());
            }
        }

        if (originalExistsAtEnd) {
            assertEquals(List.of(KEY, "thumbnails/medium/" + KEY, "thumbnails/small/" + KEY), bed.keys());
            ImageFacts small = ImageFacts.of(bed.get("thumbnails/small/" + KEY).orElseThrow());
            assertEquals(List.of(64, 128), List.of(small.width(), small.height()), "thumbnails of B, not of A");
        } else {
            assertEquals(List.of(), bed.keys());
        }
    }

    @Test
    void originalReplacedWhileThumbnailsAreWritten_theyAreRegeneratedFromTheNewContent() {
        S3TestBed[] bed = new S3TestBed[1];
        bed[0] = new S3TestBed(S3, Map.of(), store -> new HookedObjectStore(store, HookedObjectStore.After.FIRST_PUT,
                () -> bed[0].put(KEY, B)));
        bed[0].put(KEY, A);

        assertInstanceOf(Outcome.Thumbnailed.class, bed[0].created(KEY).getFirst());

        ImageFacts small = ImageFacts.of(bed[0].get("thumbnails/small/" + KEY).orElseThrow());
        assertEquals(List.of(64, 128), List.of(small.width(), small.height()));
    }

    @Test
    void originalDeletedWhileThumbnailsAreWritten_whatWasWrittenIsRemoved() {
        S3TestBed[] bed = new S3TestBed[1];
        bed[0] = new S3TestBed(S3, Map.of(), store -> new HookedObjectStore(store, HookedObjectStore.After.FIRST_PUT,
                () -> bed[0].delete(KEY)));
        bed[0].put(KEY, A);

        assertInstanceOf(Outcome.Cleaned.class, bed[0].created(KEY).getFirst());

        assertEquals(List.of(), bed[0].keys());
    }

    @Test
    void originalReUploadedWhileCleanupDeletes_cleanupRebuildsItsThumbnails() {
        S3TestBed[] bed = new S3TestBed[1];
        bed[0] = new S3TestBed(S3, Map.of(), store -> new HookedObjectStore(store, HookedObjectStore.After.FIRST_DELETE,
                () -> bed[0].put(KEY, B)));
        bed[0].put(KEY, A);
        bed[0].created(KEY);
        bed[0].delete(KEY);

        assertInstanceOf(Outcome.Thumbnailed.class, bed[0].removed(KEY).getFirst());

        ImageFacts small = ImageFacts.of(bed[0].get("thumbnails/small/" + KEY).orElseThrow());
        assertEquals(List.of(64, 128), List.of(small.width(), small.height()));
    }

    private static void apply(S3TestBed bed, Op op) {
        switch (op) {
            case PUT_A -> bed.put(KEY, A);
            case PUT_B -> bed.put(KEY, B);
            case DELETE -> bed.delete(KEY);
        }
    }

    private static void deliver(S3TestBed bed, Op op) {
        List<Outcome> ignored = op == Op.DELETE ? bed.removed(KEY) : bed.created(KEY);
        new ArrayList<>(ignored).clear();
    }
}
