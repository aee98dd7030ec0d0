package dev.thumbnailer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.image.Rejection;
import dev.thumbnailer.local.EmbeddedS3Extension;
import dev.thumbnailer.local.events.EventFile;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.testkit.TestImages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.core.sync.RequestBody;

class CleanupFunctionTest {

    @RegisterExtension
    static final EmbeddedS3Extension S3 = new EmbeddedS3Extension();

    @ParameterizedTest
    @ValueSource(strings = {"ObjectRemoved:Delete", "ObjectRemoved:DeleteMarkerCreated"})
    void removal_ofAnOriginal_removesItsDerivativeInEverySizeFolderIncludingRetiredSizes(String eventName) {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        bed.put("a/cat.jpg", TestImages.jpeg(600, 400));
        bed.created("a/cat.jpg");
        bed.put("thumbnails/retired-size/a/cat.jpg", TestImages.jpeg(10, 10));
        bed.delete("a/cat.jpg");

        List<Outcome> outcomes = bed.removedEvent(eventName, "a/cat.jpg");

        Outcome.Cleaned cleaned = assertInstanceOf(Outcome.Cleaned.class, outcomes.getFirst());
        assertEquals(List.of("thumbnails/medium/a/cat.jpg", "thumbnails/retired-size/a/cat.jpg", "thumbnails/small/a/cat.jpg"),
                cleaned.derivativeKeys().stream().sorted().toList());
        assertEquals(List.of(), bed.keys());
    }

    @ParameterizedTest
    @ValueSource(strings = {"delete.json", "delete-marker-created.json"})
    void sampleRemovalEvent_fromEventsFolder_removesTheNamedOriginalsDerivatives(String file) {
        EventFile event = EventFile.read(Path.of(System.getProperty("project.root"), "events", file));
        EventFile.Record record = event.records().getFirst();
        S3TestBed bed = new S3TestBed(S3, Map.of(), UnaryOperator.identity(), record.bucket());
        bed.put(record.key(), TestImages.jpeg(400, 300));
        bed.created(record.key());
        bed.delete(record.key());

        List<Outcome> outcomes = bed.removed(event.event()); // the file's JSON, exactly as S3 sends it

        assertInstanceOf(Outcome.Cleaned.class, outcomes.getFirst());
        assertEquals(List.of(), bed.keys().stream().filter(k -> k.endsWith(record.key())).toList());
    }

    @Test
    void removal_removesOnlyExactDerivatives_lookAlikesSurvive() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        bed.put("cat.jpg", TestImages.jpeg(300, 200));
        bed.created("cat.jpg");
        List<String> lookAlikes = List.of("thumbnails/small/cat.jpg.bak",
                "thumbnails/small/gallery/cat.jpg", "thumbnails/small/xcat.jpg", "cat.jpg.bak", "gallery/cat.jpg", "thumbnails-old/small/cat.jpg");
        lookAlikes.forEach(k -> bed.put(k, "keep me".getBytes(StandardCharsets.UTF_8)));
        bed.delete("cat.jpg");

        bed.removed("cat.jpg");

        assertEquals(lookAlikes.stream().sorted().toList(), bed.keys());
    }

    /**
     * Separate from the test above only because S3Proxy's file-backed store cannot hold both
     * {@code thumbnails/small/cat.jpg} and {@code thumbnails/small/cat.jpg/child.jpg} (file versus
     * folder); real S3 can, and the key computed for deletion is the same either way.
     */
    @Test
    void removal_keyBelowADerivativeKeyAsIfAFolder_survives() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        bed.put("thumbnails/small/cat.jpg/child.jpg", "keep me".getBytes(StandardCharsets.UTF_8));

        bed.removed("cat.jpg");

        assertEquals(List.of("thumbnails/small/cat.jpg/child.jpg"), bed.keys());
    }

    @Test
    void removal_ofAKeyUnderThePrefix_isLoggedAndIgnored() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        bed.put("dog.png", TestImages.png(300, 300));
        bed.created("dog.png");
        bed.delete("thumbnails/small/dog.png");
        bed.requests.reset();

        List<Outcome> outcomes = bed.removed("thumbnails/small/dog.png");

        assertInstanceOf(Outcome.Skipped.class, outcomes.getFirst());
        assertEquals(List.of("dog.png", "thumbnails/medium/dog.png"), bed.keys(), "nothing cascades, nothing is re-created");
        assertEquals(0, bed.requests.total());
        assertTrue(bed.logLines.getLast().contains("\"outcome\":\"skipped\""), bed.logLines.getLast());
    }

    @Test
    void removal_repeatedOrOfAnOriginalWithNoDerivatives_isAHarmlessNoOp() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        bed.put("a.gif", TestImages.gif(200, 200));
        bed.created("a.gif");
        bed.put("other.gif", TestImages.gif(200, 200));
        bed.created("other.gif");
        bed.delete("a.gif");

        bed.removed("a.gif");
        List<Outcome> again = bed.removed("a.gif", "never-existed.gif");

        assertInstanceOf(Outcome.Cleaned.class, again.get(0));
        assertInstanceOf(Outcome.Cleaned.class, again.get(1));
        assertEquals(List.of("other.gif", "thumbnails/medium/other.gif", "thumbnails/small/other.gif"), bed.keys());
    }

    @Test
    void removalEvent_whenTheOriginalExistsAgain_keepsItAndItsDerivatives() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        bed.put("back.jpg", TestImages.jpeg(300, 300));
        bed.created("back.jpg");
        List<String> before = bed.keys();

        List<Outcome> outcomes = bed.removed("back.jpg"); // a late delete event: the key was uploaded again since

        assertInstanceOf(Outcome.Skipped.class, outcomes.getFirst());
        assertEquals(before, bed.keys());
    }

    @Test
    void removal_withMoreThanAPageOfSizeFolders_listsEveryPageAndDeletesInBatches() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        List<String> derivatives = IntStream.range(0, 1005).mapToObj(i -> "thumbnails/s" + i + "/big.png").toList();
        derivatives.parallelStream().forEach(k -> S3.client().putObject(r -> r.bucket(bed.bucket).key(k), RequestBody.fromString("x")));

        Outcome.Cleaned cleaned = assertInstanceOf(Outcome.Cleaned.class, bed.removed("big.png").getFirst());

        assertEquals(1005, cleaned.derivativeKeys().size());
        assertEquals(List.of(), bed.keys());
        assertEquals(2L, bed.requests.counts().get("DeleteObjects"), "1005 keys = two DeleteObjects batches: " + bed.requests.counts());
    }

    @Test
    void replacement_byAFileThatIsNowRejected_removesTheOldDerivatives() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        bed.put("profile.jpg", TestImages.jpeg(300, 300));
        bed.created("profile.jpg");
        bed.put("profile.jpg", "<html>not an image</html>".getBytes(StandardCharsets.UTF_8));

        List<Outcome> outcomes = bed.created("profile.jpg");

        assertInstanceOf(Rejection.UnsupportedType.class, assertInstanceOf(Outcome.Rejected.class, outcomes.getFirst()).rejection());
        assertEquals(List.of("profile.jpg", "thumbnails/_rejected/profile.jpg"), bed.keys(), "no derivative left, a rejection marker added");
    }

    @Test
    void requestCounts_oneCreateAndOneDelete_areWhatTheNoteReports() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        bed.put("count.jpg", TestImages.jpeg(300, 300));

        bed.created("count.jpg");
        Map<String, Long> create = bed.requests.counts();
        bed.requests.reset();
        bed.delete("count.jpg");
        bed.removed("count.jpg");
        Map<String, Long> delete = bed.requests.counts();

        assertEquals(Map.of("HeadObject", 2L, "GetObject", 1L, "PutObject", 2L), create);
        assertEquals(Map.of("HeadObject", 2L, "ListObjectsV2", 1L, "DeleteObjects", 1L), delete);
    }

    @Test
    void derivatives_recordTheSourceETagTheyWereMadeFrom() {
        S3TestBed bed = new S3TestBed(S3, Map.of());
        String eTag = bed.put("tagged.png", TestImages.png(100, 100));

        bed.created("tagged.png");

        Map<String, String> metadata = bed.getWithHeaders("thumbnails/small/tagged.png").response().metadata();
        assertEquals(eTag.replace("\"", ""), metadata.get("source-etag"));
        assertTrue(new ArrayList<>(bed.keys()).contains("tagged.png"));
    }
}
