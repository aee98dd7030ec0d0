package dev.thumbnailer.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.thumbnailer.image.png.OversizedPngException;
import dev.thumbnailer.image.png.PngDecoder;
import dev.thumbnailer.image.png.PngException;
import dev.thumbnailer.image.png.PngFrameSource;
import dev.thumbnailer.image.png.PngImage;
import dev.thumbnailer.image.png.TruncatedPngException;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * Any bytes straight into the streaming PNG decoder, at reduce 1, 2, 3 and 8. Only the decoder's
 * typed exceptions may escape (a RuntimeException inside it trips an assertion: this target runs
 * with -ea). Whether a file is decoded, refused or found truncated does not depend on the
 * reduction: every factor inflates and unfilters the same bytes, and only the averaging differs,
 * so two verdicts that differ mean one path reads a different amount of data. A decode at 1/r is
 * ceil(width / r) × ceil(height / r) of the same type. Each input is tried as it is and with its
 * CRCs repaired. Each is also read as an animation ({@link PngDecoder#frames}): every frame the
 * walk announces is decoded and composited (dispose and blend ops, fdAT data), and again only a
 * PngException may escape; the frame count is the probe's, every canvas the header's size, and
 * every delay has a denominator. That is also tried with the APNG sequence numbers renumbered (and
 * CRCs repaired), so mutated frame controls reach the compositing.
 *
 * <p>Seeds and regression inputs: {@code src/test/resources/dev/thumbnailer/fuzz/PngDecoderFuzzTestInputs/decode/}.
 */
class PngDecoderFuzzTest {

    /** Low, so each execution stays fast; the pipeline checks the real limit from the header first. */
    private static final long MAX_PIXELS = 1_000_000L;
    private static final int[] REDUCTIONS = {2, 3, 8};
    private static final int FCTL = 0x6663544C;
    private static final int FDAT = 0x66644154;

    static {
        if (!PngDecoder.class.desiredAssertionStatus()) {
            throw new IllegalStateException("run with -ea: the decoder reports its bugs through an assertion");
        }
    }

    @FuzzTest(maxDuration = "15s")
    @DictionaryEntries({"IHDR", "PLTE", "IDAT", "IEND", "tRNS", "iCCP", "sRGB", "gAMA", "cHRM", "eXIf", "acTL", "fcTL", "fdAT", "sPLT", "tEXt",
            "x\u009C", "x\u00DA", "MM\u0000*", "II*\u0000", "\u0001\u0012"})
    void decode(byte[] data) {
        byte[] repaired = withCrcsRepaired(data);
        checkVerdicts(data);
        checkVerdicts(repaired);
        checkFrames(data);
        checkFrames(repaired);
        checkFrames(withCrcsRepaired(withSequenceRepaired(data)));
    }

    /**
     * The same bytes with the fcTL and fdAT sequence numbers renumbered 0, 1, 2, ... in file order:
     * the animation check refuses a file whose numbers do not run, so without this nearly every
     * mutation of an APNG seed is a still and the compositing is barely reached.
     */
    private static byte[] withSequenceRepaired(byte[] data) {
        byte[] out = data.clone();
        ByteBuffer buffer = ByteBuffer.wrap(out);
        int sequence = 0;
        for (int pos = 8; pos + 12 <= out.length; ) {
            long length = buffer.getInt(pos) & 0xFFFFFFFFL;
            int type = buffer.getInt(pos + 4);
            if (pos + 12 + length > out.length) {
                break;
            }
            if ((type == FCTL || type == FDAT) && length >= 4) {
                buffer.putInt(pos + 8, sequence++);
            }
            pos += 12 + (int) length;
        }
        return out;
    }

    private static void checkFrames(byte[] data) {
        PngFrameSource source;
        try {
            source = PngDecoder.frames(data, MAX_PIXELS);
        } catch (PngException e) {
            return;
        }
        assertEquals(source.info().frames(), source.frames());
        assertTrue(source.declaredPixels() <= source.info().pixels() * source.frames());
        for (int i = 0; i < source.frames(); i++) {
            try {
                PngFrameSource.Frame frame = source.next();
                assertEquals(source.info().width(), frame.canvas().getWidth());
                assertEquals(source.info().height(), frame.canvas().getHeight());
                assertTrue(frame.delayDen() > 0);
            } catch (PngException e) {
                return; // a damaged frame: the pipeline keeps the ones before it
            }
        }
    }

    private static void checkVerdicts(byte[] data) {
        Result full = decode(data, 1);
        for (int reduce : REDUCTIONS) {
            Result reduced = decode(data, reduce);

            assertEquals(full.verdict(), reduced.verdict(), "reduce 1 and " + reduce + " disagree");
            if (full.verdict() == Verdict.DECODED) {
                BufferedImage f = full.png().image();
                BufferedImage r = reduced.png().image();
                assertEquals((f.getWidth() + reduce - 1) / reduce, r.getWidth());
                assertEquals((f.getHeight() + reduce - 1) / reduce, r.getHeight());
                assertEquals(f.getType(), r.getType());
                assertEquals(full.png().info(), reduced.png().info());
            }
        }
        if (full.verdict() == Verdict.DECODED) {
            checked(full.png());
        }
    }

    /**
     * The same bytes with every complete chunk's CRC recomputed: a mutation inside IDAT then reaches
     * the inflater and the filters instead of stopping at the checksum, which is most of the decoder.
     */
    private static byte[] withCrcsRepaired(byte[] data) {
        byte[] out = data.clone();
        ByteBuffer buffer = ByteBuffer.wrap(out);
        for (int pos = 8; pos + 8 <= out.length; ) {
            long length = buffer.getInt(pos) & 0xFFFFFFFFL;
            if (pos + 12 + length > out.length) {
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(out, pos + 4, (int) length + 4);
            buffer.putInt(pos + 8 + (int) length, (int) crc.getValue());
            pos += 12 + (int) length;
        }
        return out;
    }

    enum Verdict { DECODED, REFUSED, OVERSIZED, TRUNCATED }

    record Result(Verdict verdict, PngImage png) {
    }

    private static Result decode(byte[] data, int reduce) {
        try {
            return new Result(Verdict.DECODED, PngDecoder.decode(data, reduce, MAX_PIXELS));
        } catch (TruncatedPngException e) {
            return new Result(Verdict.TRUNCATED, null);
        } catch (OversizedPngException e) {
            return new Result(Verdict.OVERSIZED, null);
        } catch (PngException e) {
            return new Result(Verdict.REFUSED, null);
        }
    }

    private static void checked(PngImage png) {
        BufferedImage image = png.image();
        assertEquals(png.info().width(), image.getWidth());
        assertEquals(png.info().height(), image.getHeight());
        assertEquals(png.hasAlpha(), image.getColorModel().hasAlpha());
        assertTrue(png.orientation() >= 1 && png.orientation() <= 8);
    }
}
