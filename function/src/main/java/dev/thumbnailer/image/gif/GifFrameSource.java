package dev.thumbnailer.image.gif;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The GIF decoder's public face. {@link #probe} walks the block structure without decoding a pixel;
 * {@link #open} then decodes frames one at a time and composites each onto the canvas, so an
 * animation costs one canvas plus one row of memory however many frames it has. Every failure,
 * hostile input included, is a {@link GifException}.
 */
public final class GifFrameSource {

    /** What the probe learns: the canvas and how many frames there are, counted up to a limit. */
    public record Probe(int width, int height, int frames) {
    }

    /**
     * One composited frame.
     *
     * @param canvas  the canvas with this frame drawn; valid until the next call
     * @param delay   hundredths of a second, as written
     * @param palette the colour table the frame was drawn with; empty for a frame wholly off the canvas
     */
    public record Frame(BufferedImage canvas, int delay, Optional<IndexColorModel> palette) {
    }

    private final byte[] bytes;
    private final GifStructure structure;
    private final GifCanvas canvas;
    private final GifLzwDecoder decoder = new GifLzwDecoder();
    private final int[] colours = new int[256];
    private int next;

    private GifFrameSource(byte[] bytes, GifStructure structure) {
        this.bytes = bytes;
        this.structure = structure;
        Dimension size = structure.canvas();
        this.canvas = new GifCanvas(size.width, size.height);
    }

    /** The canvas and the number of frames, counting at most {@code maxCount}. */
    public static Probe probe(byte[] bytes, int maxCount) throws GifException {
        GifStructure structure = structure(bytes, maxCount);
        if (structure.images().isEmpty()) {
            throw new GifException("no image in the file");
        }
        Dimension size = structure.canvas();
        return new Probe(size.width, size.height, structure.images().size());
    }

    /** Reads the layout of the first {@code count} frames (no pixels), ready to decode them in order. */
    public static GifFrameSource open(byte[] bytes, int count) throws GifException {
        GifStructure structure = structure(bytes, count);
        if (structure.images().size() < count) {
            throw new GifException("only " + structure.images().size() + " of " + count + " frames found");
        }
        return new GifFrameSource(bytes, structure);
    }

    /** Pixels the frames declare: decoding costs this, whatever the canvas holds, so limits count it. */
    public long declaredPixels() {
        return frames().stream().mapToLong(GifFrame::area).sum();
    }

    /** The largest frame's size, to name in a rejection. */
    public Dimension largestFrame() {
        Rectangle largest = new Rectangle();
        for (GifFrame frame : frames()) {
            largest = frame.area() > (long) largest.width * largest.height ? frame.bounds() : largest;
        }
        return largest.getSize();
    }

    public Optional<Integer> loopCount() {
        return structure.loopCount();
    }

    /**
     * Whether a composited frame can have transparent pixels: then each written full frame must be
     * cleared before the next is drawn, or its pixels would show through the next one's holes.
     */
    public boolean mayShowThrough() {
        List<GifFrame> frames = frames();
        boolean firstCovers = frames.getFirst().bounds().contains(canvas.bounds());
        return !firstCovers || frames.stream().anyMatch(f -> f.transparentIndex() >= 0 || f.disposal() != GifFrame.Disposal.KEEP);
    }

    public Frame next() throws GifException {
        GifStructure.Image image = structure.images().get(next);
        GifFrame frame = image.frame();
        try {
            BufferedImage composited = canvas.begin(frame);
            Optional<IndexColorModel> palette = Optional.empty();
            if (!frame.bounds().intersection(canvas.bounds()).isEmpty()) { // a frame wholly off the canvas is never decoded
                fillColours(image.palette(), frame.transparentIndex());
                decoder.decode(bytes, image.dataOffset(), frame.bounds().width, frame.bounds().height, image.interlaced(),
                        (y, indices, count) -> canvas.drawRow(y, indices, count, colours));
                palette = Optional.of(image.palette());
            }
            next++;
            return new Frame(composited, frame.delay(), palette);
        } catch (IOException | RuntimeException e) {
            throw new GifException("frame " + next + ": " + describe(e), e);
        }
    }

    List<GifFrame> frames() {
        return structure.images().stream().map(GifStructure.Image::frame).toList();
    }

    /**
     * ARGB per index: the table's colours, opaque black past its end (indices the table lacks), and
     * 0 for the transparent index, whatever its value, as browsers read it.
     */
    private void fillColours(IndexColorModel palette, int transparent) {
        for (int i = 0; i < colours.length; i++) {
            colours[i] = i < palette.getMapSize() ? 0xFF000000 | palette.getRGB(i) : 0xFF000000;
        }
        if (transparent >= 0 && transparent < colours.length) {
            colours[transparent] = 0;
        }
    }

    private static GifStructure structure(byte[] bytes, int count) throws GifException {
        try {
            return GifStructure.read(bytes, count);
        } catch (IOException | RuntimeException e) {
            throw new GifException(describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.strip());
    }
}
