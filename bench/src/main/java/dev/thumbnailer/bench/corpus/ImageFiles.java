package dev.thumbnailer.bench.corpus;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encoders for the corpus, all through the JDK's own ImageIO writers. */
final class ImageFiles {

    private ImageFiles() {
    }

    static byte[] jpeg(BufferedImage image, float quality, boolean progressive) throws IOException {
        JPEGImageWriteParam param = new JPEGImageWriteParam(null);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        // Progressive files are what "save for web" tools and many phones' sharing paths produce.
        param.setProgressiveMode(progressive ? ImageWriteParam.MODE_DEFAULT : ImageWriteParam.MODE_DISABLED);
        return write("jpeg", List.of(image), param, (writer, frame, index) -> null);
    }

    static byte[] png(BufferedImage image) throws IOException {
        return write("png", List.of(image), null, (writer, frame, index) -> null);
    }

    /** One frame is a still GIF; more make an endlessly looping animation with {@code delayCs} per frame. */
    static byte[] gif(List<BufferedImage> frames, int delayCs) throws IOException {
        return write("gif", frames, null, (writer, frame, index) -> frames.size() == 1 ? null : animationMetadata(writer, frame, index, delayCs));
    }

    private interface MetadataFactory {
        IIOMetadata create(ImageWriter writer, RenderedImage frame, int index) throws IOException;
    }

    private static byte[] write(String format, List<BufferedImage> frames, ImageWriteParam param, MetadataFactory metadata) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            if (frames.size() == 1) {
                writer.write(null, new IIOImage(frames.getFirst(), null, metadata.create(writer, frames.getFirst(), 0)), param);
            } else {
                writer.prepareWriteSequence(null);
                for (int i = 0; i < frames.size(); i++) {
                    writer.writeToSequence(new IIOImage(frames.get(i), null, metadata.create(writer, frames.get(i), i)), param);
                }
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static IIOMetadata animationMetadata(ImageWriter writer, RenderedImage frame, int index, int delayCs) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        String formatName = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(formatName);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (index == 0) {
            IIOMetadataNode extensions = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            extensions.appendChild(loop);
            root.appendChild(extensions);
        }
        metadata.setFromTree(formatName, root);
        return metadata;
    }
}
