package dev.thumbnailer.testkit;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Decoded facts about an encoded image: its real format (from the bytes, "jpeg", "png" or "gif"), size and alpha. */
public record ImageFacts(String format, int width, int height, boolean alpha) {

    public static ImageFacts of(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            BufferedImage image = reader.read(0);
            return new ImageFacts(reader.getFormatName().toLowerCase(Locale.ROOT).replace("jpg", "jpeg"),
                    image.getWidth(), image.getHeight(), image.getColorModel().hasAlpha());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
