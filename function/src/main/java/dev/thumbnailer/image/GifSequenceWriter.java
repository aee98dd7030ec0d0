package dev.thumbnailer.image;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Writes one GIF thumbnail frame by frame with the JDK writer's sequence API, so an animation is
 * encoded as it is resized and never held as a list of frames. Only a Graphic Control Extension
 * per frame and the NETSCAPE2.0 loop extension are written: no comments or other application data
 * of the original survive. Failures are bugs (our own in-memory images), hence unchecked.
 */
final class GifSequenceWriter {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer = ImageCodecs.writer(ImageFormat.GIF);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ImageOutputStream out = new MemoryCacheImageOutputStream(bytes);
    private final Optional<Integer> loopCount;
    private int frames;

    /** @param loopCount the original's NETSCAPE2.0 loop count (0 = forever); empty writes none, so it plays once */
    GifSequenceWriter(Optional<Integer> loopCount) {
        this.loopCount = loopCount;
        try {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
        } catch (IOException e) {
            throw new UncheckedIOException("starting a GIF sequence failed", e);
        }
    }

    /**
     * @param indexed a full frame, already mapped onto its palette
     * @param clear   {@code restoreToBackgroundColor} after this frame rather than {@code none}:
     *                needed when later full frames have transparent pixels, which must not show this one
     */
    void append(BufferedImage indexed, int delay, boolean clear) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        // new ImageTypeSpecifier(image), not createFromRenderedImage: the latter maps a TYPE_BYTE_BINARY
        // image to the predefined black-and-white type and the written palette loses its colours.
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(indexed), param);
        try {
            metadata.mergeTree(FORMAT, tree(indexed, delay, clear));
            writer.writeToSequence(new IIOImage(indexed, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("writing GIF frame " + frames + " failed", e);
        }
        frames++;
    }

    byte[] finish() {
        try (out) {
            writer.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException("finishing a GIF sequence failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private IIOMetadataNode tree(BufferedImage indexed, int delay, boolean clear) {
        int transparent = ((IndexColorModel) indexed.getColorModel()).getTransparentPixel();
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", clear ? "restoreToBackgroundColor" : "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", transparent >= 0 ? "TRUE" : "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", Integer.toString(Math.max(0, transparent)));
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        root.appendChild(control);
        if (frames == 0 && loopCount.isPresent()) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, (byte) (loopCount.get() & 0xFF), (byte) (loopCount.get() >> 8 & 0xFF)});
            IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
            extensions.appendChild(loop);
            root.appendChild(extensions);
        }
        return root;
    }
}
