package dev.thumbnailer.image.png;

import java.util.ArrayList;
import java.util.List;

/**
 * The APNG chunks (acTL, fcTL, fdAT), checked as the chunk list is walked. What counts as broken
 * follows the APNG specification and PNG 3rd ed. §11.3.6: sequence numbers that do not run 0, 1,
 * 2, ... over fcTL and fdAT; an fcTL of the wrong length, with a zero size, a region outside the
 * canvas, or unknown dispose or blend ops; an fcTL before IDAT that is not the whole canvas; fdAT
 * before IDAT, without an fcTL, or after the default image's own fcTL; a frame without data; and a
 * frame count other than acTL's num_frames (a file cut short therefore counts as broken too).
 *
 * <p>A broken animation leaves the still default image, never a rejection: the APNG spec's error
 * handling says "when any error is encountered decoders should discard all subsequent frames,
 * stop the animation, and revert to displaying the default image", and "a decoder which detects
 * an error before the animation has started should display the default image". Chromium's
 * PNGImageReader differs for errors found after some frames were parsed (it shows the frames
 * parsed before the error); this check runs over the whole file before any frame is shown, so
 * every structural error is one found "before the animation has started" and the default image
 * is what Firefox, the spec and (for errors before IDAT) Chromium show.
 */
final class AnimationChunks {

    static final int FCTL = 0x6663544C;
    static final int FDAT = 0x66644154;

    private final Header header;
    /** One small record per frame, and each frame takes at least 54 bytes of the file (fcTL and an fdAT): at most about the file's size. */
    private final List<FrameControl> frames = new ArrayList<>();
    private int sequence;
    private boolean broken;
    private boolean seenIdat;
    /** fdAT chunks of the last fcTL so far; -1 once the default image's IDAT is that frame's data. */
    private int dataChunks;

    AnimationChunks(Header header) {
        this.header = header;
    }

    /** @param intact its CRC matched: a damaged fcTL or fdAT breaks the animation, whatever its sequence number says */
    void chunk(int type, byte[] png, int pos, int length, boolean intact) {
        if (broken || type != FCTL && type != FDAT) {
            return;
        }
        if (!intact) {
            broken = true;
        } else if (type == FCTL) {
            frameControl(png, pos, length);
        } else if (type == FDAT) {
            frameData(png, pos, length);
        }
    }

    /** The first IDAT: the default image is a frame when an fcTL came before it. */
    void firstIdat(int pos) {
        seenIdat = true;
        if (frames.size() == 1) {
            FrameControl first = frames.getFirst();
            frames.set(0, new FrameControl(first.x(), first.y(), first.width(), first.height(), first.delayNum(), first.delayDen(),
                    first.dispose(), first.blend(), pos, true));
            dataChunks = -1;
        }
    }

    /** The validated frames, or an empty list for a still PNG or a broken animation. */
    List<FrameControl> frames(int declared) {
        boolean complete = !broken && declared > 0 && frames.size() == declared && dataChunks != 0;
        return complete ? List.copyOf(frames) : List.of();
    }

    private void frameControl(byte[] png, int pos, int length) {
        if (length != 26 || !inSequence(png, pos) || frames.size() > 0 && dataChunks == 0 || frames.size() > 0 && !seenIdat) {
            broken = true;
            return;
        }
        int at = pos + 12;
        long width = Bytes.u32(png, at);
        long height = Bytes.u32(png, at + 4);
        long x = Bytes.u32(png, at + 8);
        long y = Bytes.u32(png, at + 12);
        int dispose = png[at + 20] & 0xFF;
        int blend = png[at + 21] & 0xFF;
        boolean inside = width > 0 && height > 0 && x + width <= header.width() && y + height <= header.height();
        boolean whole = x == 0 && y == 0 && width == header.width() && height == header.height();
        if (!inside || dispose > 2 || blend > 1 || !seenIdat && !whole) {
            broken = true;
            return;
        }
        int den = Bytes.u16(png, at + 18);
        // PNG 3rd ed.: "If the first fcTL chunk uses a dispose_op of APNG_DISPOSE_OP_PREVIOUS it should be treated as
        // APNG_DISPOSE_OP_BACKGROUND" - there is nothing earlier to restore.
        int op = frames.isEmpty() && dispose == FrameControl.DISPOSE_PREVIOUS ? FrameControl.DISPOSE_BACKGROUND : dispose;
        frames.add(new FrameControl((int) x, (int) y, (int) width, (int) height, Bytes.u16(png, at + 16), den == 0 ? 100 : den,
                op, blend, -1, false));
        dataChunks = 0;
    }

    private void frameData(byte[] png, int pos, int length) {
        if (length < 4 || !inSequence(png, pos) || !seenIdat || frames.isEmpty() || dataChunks < 0) {
            broken = true;
            return;
        }
        if (dataChunks++ == 0) {
            FrameControl last = frames.getLast();
            frames.set(frames.size() - 1, new FrameControl(last.x(), last.y(), last.width(), last.height(), last.delayNum(),
                    last.delayDen(), last.dispose(), last.blend(), pos, false));
        }
    }

    private boolean inSequence(byte[] png, int pos) {
        return Bytes.u32(png, pos + 8) == sequence++;
    }
}
