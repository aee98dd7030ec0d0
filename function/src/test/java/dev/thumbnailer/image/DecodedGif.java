package dev.thumbnailer.image;

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
 * and the loop count. Our GIF thumbnails are full frames, so each frame image is what is shown.
 */
record DecodedGif(List<Frame> frames, Integer loopCount) {

    record Frame(BufferedImage image, int delay, String disposal, int left, int top) {
    }

    static DecodedGif read(byte[] gif) {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            reader.setInput(in, false, false);
            List<Frame> frames = new ArrayList<>();
            Integer loop = null;
            for (int i = 0; i < reader.getNumImages(true); i++) {
                Node root = reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                Node control = child(root, "GraphicControlExtension");
                Node descriptor = child(root, "ImageDescriptor");
                frames.add(new Frame(reader.read(i), control == null ? 0 : Integer.parseInt(attribute(control, "delayTime")),
                        control == null ? "none" : attribute(control, "disposalMethod"),
                        Integer.parseInt(attribute(descriptor, "imageLeftPosition")), Integer.parseInt(attribute(descriptor, "imageTopPosition"))));
                loop = loop != null ? loop : loopCount(child(root, "ApplicationExtensions"));
            }
            return new DecodedGif(frames, loop);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            reader.dispose();
        }
    }

    List<Integer> delays() {
        return frames.stream().map(Frame::delay).toList();
    }

    BufferedImage image(int frame) {
        return frames.get(frame).image();
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
