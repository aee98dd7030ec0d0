package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** The JDK PNG reader's decode as 8-bit ARGB (samples read from its raster: its grey colour space is linear, so getRGB would lighten them). */
final class ImageIoReference {

    private ImageIoReference() {
    }

    static int[][] decode(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        int[][] argb = new int[image.getHeight()][image.getWidth()];
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        int bits = raster.getSampleModel().getSampleSize(0);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getColorModel() instanceof IndexColorModel) {
                    argb[y][x] = image.getRGB(x, y);
                    continue;
                }
                int[] s = new int[bands];
                for (int b = 0; b < bands; b++) {
                    s[b] = eight(raster.getSample(x, y, b), bits);
                }
                argb[y][x] = switch (bands) {
                    case 1 -> 0xFF000000 | s[0] * 0x010101;
                    case 2 -> s[1] << 24 | s[0] * 0x010101;
                    case 3 -> 0xFF000000 | s[0] << 16 | s[1] << 8 | s[2];
                    default -> s[3] << 24 | s[0] << 16 | s[1] << 8 | s[2];
                };
            }
        }
        return argb;
    }

    private static int eight(int v, int bits) {
        return bits == 16 ? (v * 255 + 32767) / 65535 : bits == 8 ? v : v * 255 / ((1 << bits) - 1);
    }

    /** Alpha-weighted mean of each reduce × reduce cell, in doubles; a cell without opacity gets its plain mean colour. */
    static double[][][] boxAverage(int[][] argb, int reduce) {
        int h = argb.length;
        int w = argb[0].length;
        double[][][] out = new double[(h + reduce - 1) / reduce][(w + reduce - 1) / reduce][4];
        for (int oy = 0; oy < out.length; oy++) {
            for (int ox = 0; ox < out[0].length; ox++) {
                double a = 0;
                double[] weighted = new double[3];
                double[] plain = new double[3];
                int n = 0;
                for (int y = oy * reduce; y < Math.min(h, (oy + 1) * reduce); y++) {
                    for (int x = ox * reduce; x < Math.min(w, (ox + 1) * reduce); x++, n++) {
                        int p = argb[y][x];
                        a += p >>> 24;
                        for (int c = 0; c < 3; c++) {
                            int v = p >> (16 - 8 * c) & 0xFF;
                            weighted[c] += (p >>> 24) * v;
                            plain[c] += v;
                        }
                    }
                }
                for (int c = 0; c < 3; c++) {
                    out[oy][ox][c] = a > 0 ? weighted[c] / a : plain[c] / n;
                }
                out[oy][ox][3] = a / n;
            }
        }
        return out;
    }
}
