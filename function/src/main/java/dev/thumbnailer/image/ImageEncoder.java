package dev.thumbnailer.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.plugins.jpeg.JPEGImageWriteParam;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The encode step for JPEG and PNG: encode in the original's format with fresh, empty metadata,
 * so no EXIF, GPS, XMP, comment or embedded thumbnail of the original survives into a derivative.
 * (GIFs and APNGs are written frame by frame by their codecs' animation writers, which write no
 * metadata either.)
 */
final class ImageEncoder {

    private final float jpegQuality;

    ImageEncoder(float jpegQuality) {
        this.jpegQuality = jpegQuality;
    }

    byte[] encode(BufferedImage image, ImageFormat format) {
        BufferedImage standard = inStandardSpace(image);
        return switch (format) {
            case JPEG -> write(interleaved(withoutAlpha(standard)), format);
            case PNG -> write(standard, format);
            case GIF -> throw new IllegalArgumentException("GIFs are written by GifThumbnails");
        };
    }

    /**
     * Deflate level 3 instead of the JDK writer's 4: zlib's levels 1-3 skip lazy matching, and on
     * the benchmark's 512 px thumbnails (photographic, grainy) level 3 took 22-33 ms where 4 took
     * 36-38 ms, for files 1-2% smaller; on a 512 px screenshot-like image 6 ms instead of 14 ms for
     * a file 3.6% larger (sharp writes level 6). The writer keeps its adaptive per-row filter
     * choice, which costs little next to deflate.
     */
    private static ImageWriteParam pngParam(ImageWriter writer) {
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality((9 - PNG_DEFLATE_LEVEL) / 9f); // the JDK writer's level is 9 - round(9 × quality)
        return param;
    }

    private static final int PNG_DEFLATE_LEVEL = 3;

    private ImageWriteParam jpegParam() {
        JPEGImageWriteParam param = new JPEGImageWriteParam(null);
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(jpegQuality);
        // Optimised Huffman tables cost ~1 ms on a thumbnail and save ~5-10% of its bytes.
        param.setOptimizeHuffmanTables(true);
        return param;
    }

    /**
     * The JDK writers embed any colour space other than sRGB and the built-in grey as a profile
     * (JPEG APP2, PNG iCCP), whatever the metadata says. The decoders hand over sRGB, but an image
     * that needs no resize reaches here as decoded, so the guarantee that derivatives carry no
     * profile is kept here, on every path: grey values are kept as they are, colour is converted.
     */
    private static BufferedImage inStandardSpace(BufferedImage image) {
        ColorSpace space = image.getColorModel().getColorSpace();
        if (space.isCS_sRGB() || space == ColorSpace.getInstance(ColorSpace.CS_GRAY)) {
            return image;
        }
        boolean alpha = image.getColorModel().hasAlpha();
        if (space.getType() == ColorSpace.TYPE_GRAY && !alpha) {
            BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            grey.getRaster().setRect(image.getRaster());
            return grey;
        }
        BufferedImage srgb = new BufferedImage(image.getWidth(), image.getHeight(), alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        return new ColorConvertOp(null).filter(image, srgb);
    }

    /**
     * JPEG has no alpha; writing ARGB makes some readers show it as CMYK or black (JDK-8204188,
     * the same pitfall Thumbnailator notes in OutputStreamImageSink). Flatten onto white instead.
     */
    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage flat = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = flat.createGraphics();
        g.drawImage(image, 0, 0, Color.WHITE, null);
        g.dispose();
        return flat;
    }

    /**
     * TYPE_INT_RGB as TYPE_3BYTE_BGR: the JDK's JPEG writer copies a packed-int raster into its
     * byte buffer a sample at a time through the sample model (about 3% of a 12 MP render), while
     * bytes in its own layout go across row by row. Same samples, so the same file.
     */
    private static BufferedImage interleaved(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage bgr = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        byte[] out = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Raster raster = image.getRaster();
        int[] row = new int[w];
        int o = 0;
        for (int y = 0; y < h; y++) {
            raster.getDataElements(raster.getMinX(), raster.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                int rgb = row[x];
                out[o] = (byte) rgb;
                out[o + 1] = (byte) (rgb >> 8);
                out[o + 2] = (byte) (rgb >> 16);
                o += 3;
            }
        }
        return bgr;
    }

    private byte[] write(BufferedImage image, ImageFormat format) {
        ImageWriter writer = ImageCodecs.writer(format);
        ImageWriteParam param = format == ImageFormat.JPEG ? jpegParam() : pngParam(writer);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(1024, image.getWidth() * image.getHeight() / 4));
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("encoding " + format + " failed", e); // in-memory: a bug, not bad input
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
