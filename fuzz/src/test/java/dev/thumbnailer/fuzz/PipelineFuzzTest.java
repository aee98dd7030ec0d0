package dev.thumbnailer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thumbnailer.image.FitMode;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.image.ImageFormat;
import dev.thumbnailer.image.SourceLimits;
import dev.thumbnailer.image.Thumbnail;
import dev.thumbnailer.image.ThumbnailPipeline;
import dev.thumbnailer.image.UploadRejectedException;
import java.util.List;

/**
 * Any bytes through the whole image core. The only allowed outcomes are thumbnails that honour
 * the sizes, or a typed rejection with a reason; any other exception, error, out-of-memory or
 * hang is a finding. Limits are low (4 MP, 20 frames) so each execution stays fast.
 *
 * <p>Seeds and regression inputs: {@code src/test/resources/dev/thumbnailer/fuzz/PipelineFuzzTestInputs/render/}.
 * Jazzer writes a crashing input there as {@code crash-<sha1>}; keep it (renamed for what it is)
 * once the bug is fixed, and it is replayed by every build.
 */
class PipelineFuzzTest {

    private static final List<ThumbnailSize> SIZES = List.of(
            new ThumbnailSize("fit", 48, 48, FitMode.FIT), new ThumbnailSize("fill", 24, 24, FitMode.FILL));
    private static final ThumbnailPipeline PIPELINE = new ThumbnailPipeline(SIZES, new SourceLimits(4_000_000L, 20), 85);

    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"IHDR", "IDAT", "IEND", "PLTE", "tRNS", "iCCP", "sRGB", "NETSCAPE2.0", "ICC_PROFILE\0", "Exif\0\0",
            "Adobe", "GIF89a", "\u00FF\u00D8\u00FF", "\u00FF\u00C0", "\u00FF\u00C2", "\u00FF\u00DA", "\u00FF\u00EE", "\u0021\u00F9\u0004", "\u002C"})
    void render(byte[] data) {
        String key = "fuzz." + ImageFormat.sniff(data).map(f -> f.extensions().getFirst()).orElse("jpg");
        List<Thumbnail> thumbnails;
        try {
            thumbnails = PIPELINE.render(key, data);
        } catch (UploadRejectedException rejected) {
            assertFalse(rejected.rejection().reason().isBlank(), "a rejection says why");
            return;
        }
        assertEquals(SIZES.size(), thumbnails.size());
        for (Thumbnail t : thumbnails) {
            assertTrue(t.bytes().length > 0, "no empty derivative");
            assertTrue(t.width() >= 1 && t.width() <= t.size().width() && t.height() >= 1 && t.height() <= t.size().height(),
                    t.width() + "x" + t.height() + " does not fit " + t.size());
        }
    }
}
