package dev.thumbnailer.image;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.IOException;
import javax.imageio.ImageReader;
import org.w3c.dom.Node;

/**
 * Reads the canvas and frame layout from the JDK GIF reader's metadata trees (formats
 * {@code javax_imageio_gif_stream_1.0} and {@code javax_imageio_gif_image_1.0}, documented in
 * javax.imageio's "GIF Metadata Format Specification"). The reader must be set up with
 * {@code ignoreMetadata = false}. Values come from hostile files: missing nodes get GIF defaults.
 */
final class GifMetadata {

    private static final String STREAM = "javax_imageio_gif_stream_1.0";
    private static final String IMAGE = "javax_imageio_gif_image_1.0";

    private GifMetadata() {
    }

    /**
     * The canvas every frame is drawn on: the logical screen, enlarged to hold the first frame when
     * that overflows it (encoders that write a 0×0 screen exist; Chromium's GIFImageReader does the
     * same, and only for the first frame, which is why later frames are clipped instead).
     */
    static Dimension canvas(ImageReader reader) throws IOException {
        Node screen = child(reader.getStreamMetadata().getAsTree(STREAM), "LogicalScreenDescriptor");
        Rectangle first = frame(reader, 0).bounds();
        int width = Math.max(intAttribute(screen, "logicalScreenWidth", 0), first.x + first.width);
        int height = Math.max(intAttribute(screen, "logicalScreenHeight", 0), first.y + first.height);
        return new Dimension(width, height);
    }

    static GifFrame frame(ImageReader reader, int index) throws IOException {
        Node root = reader.getImageMetadata(index).getAsTree(IMAGE);
        Node descriptor = child(root, "ImageDescriptor");
        Rectangle bounds = new Rectangle(intAttribute(descriptor, "imageLeftPosition", 0), intAttribute(descriptor, "imageTopPosition", 0),
                intAttribute(descriptor, "imageWidth", 0), intAttribute(descriptor, "imageHeight", 0));
        Node control = child(root, "GraphicControlExtension");
        if (control == null) {
            return new GifFrame(bounds, 0, GifFrame.Disposal.KEEP, -1);
        }
        boolean transparent = "TRUE".equals(attribute(control, "transparentColorFlag"));
        return new GifFrame(bounds, intAttribute(control, "delayTime", 0),
                GifFrame.Disposal.fromMetadata(String.valueOf(attribute(control, "disposalMethod"))),
                transparent ? intAttribute(control, "transparentColorIndex", -1) : -1);
    }

    private static Node child(Node parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals(name)) {
                return n;
            }
        }
        return null;
    }

    private static String attribute(Node node, String name) {
        Node value = node == null || node.getAttributes() == null ? null : node.getAttributes().getNamedItem(name);
        return value == null ? null : value.getNodeValue();
    }

    private static int intAttribute(Node node, String name, int fallback) {
        try {
            String value = attribute(node, name);
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
