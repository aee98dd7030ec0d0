package dev.thumbnailer.testkit;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.w3c.dom.Node;

/**
 * What a GIF thumbnail contains, as a viewer would read it: frames with their delay and disposal,
 * and the loop count. After the first, our frames may be only the rectangle that changed, drawn
 * over what the previous one left; so each frame's {@code image} is composited as a viewer shows
 * it, and {@code stored} is the frame as written (its own size and palette).
 */
public record DecodedGif(List<Frame> frames, Integer loopCount) {

    public record Frame(BufferedImage image, BufferedImage stored, int delay, String disposal, int left, int top) {
    }

    public static DecodedGif read(byte[] gif) {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in, false, false);
            List<Frame> frames = new ArrayList<>();
            Integer loop = null;
            BufferedImage screen = null;
            for (int i = 0; i < reader.getNumImages(true); i++) {
                Node root = reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                Node control = child(root, "GraphicControlExtension");
                Node descriptor = child(root, "ImageDescriptor");
                BufferedImage stored = reader.read(i);
                int left = Integer.parseInt(attribute(descriptor, "imageLeftPosition"));
                int top = Integer.parseInt(attribute(descriptor, "imageTopPosition"));
                if (screen == null) {
                    screen = new BufferedImage(left + stored.getWidth(), top + stored.getHeight(), BufferedImage.TYPE_INT_ARGB);
                } else {
                    dispose(screen, frames.getLast());
                }
                Graphics2D g = screen.createGraphics();
                g.drawImage(stored, left, top, null);
                g.dispose();
                frames.add(new Frame(copy(screen), stored, control == null ? 0 : Integer.parseInt(attribute(control, "delayTime")),
                        control == null ? "none" : attribute(control, "disposalMethod"), left, top));
                loop = loop != null ? loop : loopCount(child(root, "ApplicationExtensions"));
            }
            return new DecodedGif(frames, loop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    /** Our thumbnails use only these two disposals (restoreToPrevious is never written). */
    private static void dispose(BufferedImage screen, Frame previous) {
        if (previous.disposal().equals("restoreToBackgroundColor")) {
            Graphics2D g = screen.createGraphics();
            g.setComposite(AlphaComposite.Clear);
            g.fillRect(previous.left(), previous.top(), previous.stored().getWidth(), previous.stored().getHeight());
            g.dispose();
        }
    }

    private static BufferedImage copy(BufferedImage screen) {
        BufferedImage copy = new BufferedImage(screen.getWidth(), screen.getHeight(), BufferedImage.TYPE_INT_ARGB);
        copy.setData(screen.getRaster());
        return copy;
    }

    public List<Integer> delays() {
        return frames.stream().map(Frame::delay).toList();
    }

    /** Frame {@code frame} as a viewer shows it. */
    public BufferedImage image(int frame) {
        return frames.get(frame).image();
    }

    /** Frame {@code frame} as written: its own rectangle, indexed on its palette. */
    public BufferedImage stored(int frame) {
        return frames.get(frame).stored();
    }

    private static Integer loopCount(Node extensions) {
        for (Node n = extensions == null ? null : extensions.getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("NETSCAPE".equals(attribute(n, "applicationID")) && ((IIOMetadataNode) n).getUserObject() instanceof byte[] data) {
                return (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
            }
        }
        return null;
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
        return node.getAttributes().getNamedItem(name).getNodeValue();
    }
}
