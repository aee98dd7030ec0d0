package dev.thumbnailer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thumbnailer.image.jpeg.ScaledJpeg;
import dev.thumbnailer.image.jpeg.ScaledJpegDecoder;
import dev.thumbnailer.image.jpeg.TruncatedJpegException;
import dev.thumbnailer.image.jpeg.UndecodableJpegException;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Any bytes straight into the scaled JPEG decoder, at 1/2, 1/4 and 1/8, and at full size, which
 * it decodes for arithmetic-coded files only (for those it is the only decoder, so any failure is
 * final: UNDECODABLE). In production a
 * RuntimeException inside it is swallowed (ImageIO decodes instead), so only an assertion shows
 * it: this target runs with assertions enabled and fails on it, as on any other throwable.
 *
 * <p>Two properties hold for any input. Whether a file is decoded, refused or found truncated does
 * not depend on the scale: the scale only decides which coefficients are kept, and every scale must
 * read the same bits, so different verdicts at two scales mean one path miscounts bits. And a decode at 1/s
 * is ceil(width / s) wide, so the three sizes must agree with each other.
 *
 * <p>Seeds and regression inputs: {@code src/test/resources/dev/thumbnailer/fuzz/ScaledJpegFuzzTestInputs/decode/}.
 */
class ScaledJpegFuzzTest {

    /** Low, so each execution stays fast; the pipeline checks the real limit before it calls the decoder. */
    private static final long MAX_PIXELS = 4_000_000L;

    static {
        if (!ScaledJpegDecoder.class.desiredAssertionStatus()) {
            throw new IllegalStateException("run with -ea: the decoder reports its bugs through an assertion");
        }
    }

    @FuzzTest(maxDuration = "15s")
    @DictionaryEntries({"\u00FF\u00D8", "\u00FF\u00D9", "\u00FF\u00C9", "\u00FF\u00CA", "\u00FF\u00CC", "\u00FF\u00C0", "\u00FF\u00C1", "\u00FF\u00C2", "\u00FF\u00C4", "\u00FF\u00DB",
            "\u00FF\u00DA", "\u00FF\u00DD", "\u00FF\u00D0", "\u00FF\u00E0", "\u00FF\u00E2", "\u00FF\u00EE", "\u00FF\u0000",
            "ICC_PROFILE\0", "JFIF\0", "Adobe", "\u0011", "\"", "!", "\u0012"})
    void decode(byte[] data) {
        Result half = decode(data, 2);
        Result quarter = decode(data, 4);
        Result eighth = decode(data, 8);
        Result full = decode(data, 1);

        assertEquals(half.verdict(), quarter.verdict(), "1/2 and 1/4 disagree");
        assertEquals(half.verdict(), eighth.verdict(), "1/2 and 1/8 disagree");
        if (full.verdict() != Verdict.REFUSED) { // full size: arithmetic-coded files only
            assertEquals(half.verdict(), full.verdict(), "full size and 1/2 disagree");
        }
        if (full.verdict() == Verdict.DECODED) {
            BufferedImage f = checked(full.jpeg().orElseThrow());
            assertEquals((f.getWidth() + 1) / 2, checked(half.jpeg().orElseThrow()).getWidth(), "ceil(w / 2)");
        }
        if (half.verdict() == Verdict.DECODED) {
            BufferedImage h = checked(half.jpeg().orElseThrow());
            BufferedImage q = checked(quarter.jpeg().orElseThrow());
            BufferedImage e = checked(eighth.jpeg().orElseThrow());
            assertEquals((h.getWidth() + 1) / 2, q.getWidth(), "ceil(ceil(w / 2) / 2) = ceil(w / 4)");
            assertEquals((h.getHeight() + 1) / 2, q.getHeight());
            assertEquals((q.getWidth() + 1) / 2, e.getWidth());
            assertEquals((q.getHeight() + 1) / 2, e.getHeight());
            assertEquals(h.getType(), e.getType());
        }
    }

    enum Verdict { DECODED, REFUSED, TRUNCATED, UNDECODABLE }

    record Result(Verdict verdict, Optional<ScaledJpeg> jpeg) {
    }

    private static Result decode(byte[] data, int scale) {
        try {
            Optional<ScaledJpeg> jpeg = ScaledJpegDecoder.decode(data, scale, MAX_PIXELS);
            return new Result(jpeg.isPresent() ? Verdict.DECODED : Verdict.REFUSED, jpeg);
        } catch (TruncatedJpegException e) {
            return new Result(Verdict.TRUNCATED, Optional.empty());
        } catch (UndecodableJpegException e) {
            return new Result(Verdict.UNDECODABLE, Optional.empty());
        }
    }

    private static BufferedImage checked(ScaledJpeg jpeg) {
        BufferedImage image = jpeg.image();
        assertTrue(image.getWidth() >= 1 && image.getHeight() >= 1);
        assertTrue(image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_BYTE_GRAY, "type " + image.getType());
        assertTrue(jpeg.profile().isEmpty() || image.getType() == BufferedImage.TYPE_INT_RGB, "a profile only on colour images");
        return image;
    }
}
