package dev.thumbnailer.image;

import java.util.List;
import java.util.function.Consumer;

/**
 * The frame loop of both animated branches (GIF, APNG) and the one rule they share for damage: a
 * frame after the first that cannot be decoded ends the animation there, keeping the frames
 * before it, and the note says what was lost. That is what browsers show: Firefox's nsGIFDecoder2
 * ends a decode that fails after a decoded frame as a success, and Chromium's PNGImageDecoder keeps
 * the APNG frames it decoded (where the APNG spec would revert to the default image). A first frame
 * that cannot be decoded leaves nothing to show: its failure is rethrown, for the rejection.
 */
final class AnimationFrames {

    /** The codec's frame reader: the next composited frame, or its failure. */
    interface Reader<F, E extends Exception> {
        F next() throws E;
    }

    private AnimationFrames() {
    }

    /** Reads up to {@code count} frames, handing each to {@code each}; returns how many were read. */
    static <F, E extends Exception> int read(int count, Reader<F, E> reader, Consumer<F> each, List<String> notes) throws E {
        for (int index = 0; index < count; index++) {
            F frame;
            try {
                frame = reader.next();
            } catch (RuntimeException bug) {
                throw bug;
            } catch (Exception damaged) {
                if (index == 0) {
                    throw damaged; // precise rethrow: the reader throws only E
                }
                notes.add("only the first " + index + " of " + count + " frames kept, the next one is damaged (" + damaged.getMessage() + ")");
                return index;
            }
            each.accept(frame);
        }
        return count;
    }
}
