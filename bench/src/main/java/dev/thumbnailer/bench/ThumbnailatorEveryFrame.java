package dev.thumbnailer.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.w3c.dom.Node;

/**
 * The straightforward way to keep an animation with Thumbnailator: every frame read with ImageIO,
 * thumbnailed by Thumbnailator into one 256×256 box, written back with ImageIO's GIF writer with
 * its delay and an endless loop. It neither composites frames (right only for GIFs of whole
 * frames, like the benchmark's) nor keeps palettes; a timing baseline, not an alternative.
 * ImageIO's disk cache is on for it, as for Thumbnailator's default call in {@link Contender}.
 */
final class ThumbnailatorEveryFrame {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private ThumbnailatorEveryFrame() {
    }

    static long render(byte[] gif) throws Exception {
        boolean cache = ImageIO.getUseCache();
        ImageIO.setUseCache(true);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif));
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            reader.setInput(in, false, false);
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            int frames = reader.getNumImages(true);
            for (int i = 0; i < frames; i++) {
                BufferedImage thumbnail = Thumbnails.of(reader.read(i)).size(256, 256).asBufferedImage();
                writeFrame(writer, thumbnail, delay(reader, i), i == 0);
            }
            writer.endWriteSequence();
        } finally {
            reader.dispose();
            writer.dispose();
            ImageIO.setUseCache(cache);
        }
        return bytes.size();
    }

    private static void writeFrame(ImageWriter writer, BufferedImage image, String delay, boolean first) throws Exception {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", delay);
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (first) {
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0});
            IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
            extensions.appendChild(loop);
            root.appendChild(extensions);
        }
        metadata.mergeTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(image, null, metadata), param);
    }

    private static String delay(ImageReader reader, int index) throws Exception {
        for (Node n = reader.getImageMetadata(index).getAsTree(FORMAT).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("GraphicControlExtension")) {
                return n.getAttributes().getNamedItem("delayTime").getNodeValue();
            }
        }
        return "0";
    }
}
