package dev.thumbnailer.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a GIF's frames one at a time and composites each onto the canvas, so an animation costs
 * one canvas plus one row of memory however many frames it has. Every decoder failure becomes an
 * Undecodable rejection here: callers see composited frames or a typed rejection, nothing else.
 */
final class GifFrameSource {

    /** One composited frame: the canvas (valid until the next call) and the palette the frame was drawn with. */
    record Composited(GifFrame frame, BufferedImage canvas, Optional<IndexColorModel> palette) {
    }

    private final byte[] bytes;
    private final GifStructure structure;
    private final GifCanvas canvas;
    private final GifLzwDecoder decoder = new GifLzwDecoder();
    private final int[] colours = new int[256];
    private int next;

    private GifFrameSource(byte[] bytes, GifStructure structure, ImageHeader header) {
        this.bytes = bytes;
        this.structure = structure;
        this.canvas = new GifCanvas(header.width(), header.height());
    }

    /**
     * Reads the layout of the first {@code count} frames (no pixels). Frames may declare more
     * pixels than the canvas holds; decoding costs what they declare, so that counts against the limit.
     */
    static GifFrameSource open(byte[] bytes, ImageHeader header, int count, long maxPixels) throws UploadRejectedException {
        try {
            GifStructure structure = GifStructure.read(bytes, count);
            if (structure.images().size() < count) {
                throw new IOException("only " + structure.images().size() + " of " + count + " frames found");
            }
            long declared = 0;
            Rectangle largest = new Rectangle();
            for (GifStructure.Image image : structure.images()) {
                declared += image.frame().area();
                largest = image.frame().area() > (long) largest.width * largest.height ? image.frame().bounds() : largest;
            }
            if (declared > maxPixels) {
                throw new UploadRejectedException(new Rejection.TooManyPixels(largest.width, largest.height, count, maxPixels));
            }
            return new GifFrameSource(bytes, structure, header);
        } catch (IOException | RuntimeException e) {
            throw undecodable(e);
        }
    }

    List<GifFrame> frames() {
        return structure.images().stream().map(GifStructure.Image::frame).toList();
    }

    Optional<Integer> loopCount() {
        return structure.loopCount();
    }

    Composited next() throws UploadRejectedException {
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
            return new Composited(frame, composited, palette);
        } catch (IOException | RuntimeException e) {
            throw new UploadRejectedException(new Rejection.Undecodable(ImageFormat.GIF, "frame " + next + ": " + Decoding.describe(e)));
        }
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

    private static UploadRejectedException undecodable(Exception e) {
        Decoding.rethrowIfOutOfMemory(e);
        return new UploadRejectedException(new Rejection.Undecodable(ImageFormat.GIF, Decoding.describe(e)));
    }
}
