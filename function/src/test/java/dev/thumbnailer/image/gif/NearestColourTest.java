package dev.thumbnailer.image.gif;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.IndexColorModel;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NearestColourTest {

    /** The sorted search must agree with a plain scan everywhere, ties and duplicates included. */
    @ParameterizedTest(name = "{0} entries, transparent {1}, levels {2}")
    @CsvSource({"2, -1, 256", "2, 0, 256", "16, 5, 4", "256, -1, 256", "256, 255, 8", "200, 17, 3", "256, -1, 2"})
    void closest_anyColour_isWhatAFullScanFinds(int entries, int transparent, int levels) {
        Random random = new Random(entries * 1000L + levels);
        byte[] r = new byte[entries];
        byte[] g = new byte[entries];
        byte[] b = new byte[entries];
        for (int i = 0; i < entries; i++) { // few levels: many duplicate entries and equidistant candidates
            r[i] = (byte) (random.nextInt(levels) * 255 / Math.max(1, levels - 1));
            g[i] = (byte) (random.nextInt(levels) * 255 / Math.max(1, levels - 1));
            b[i] = (byte) (random.nextInt(levels) * 255 / Math.max(1, levels - 1));
        }
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(entries - 1));
        IndexColorModel palette = transparent >= 0 ? new IndexColorModel(bits, entries, r, g, b, transparent) : new IndexColorModel(bits, entries, r, g, b);
        NearestColour nearest = new NearestColour(palette);

        for (int n = 0; n < 20_000; n++) {
            int rgb = n < entries ? palette.getRGB(n) & 0xFFFFFF : random.nextInt(1 << 24);
            assertEquals(fullScan(palette, rgb), nearest.closest(rgb), String.format("colour %06X", rgb));
        }
    }

    private static int fullScan(IndexColorModel palette, int rgb) {
        int best = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < palette.getMapSize(); i++) {
            int dr = (rgb >> 16 & 0xFF) - palette.getRed(i);
            int dg = (rgb >> 8 & 0xFF) - palette.getGreen(i);
            int db = (rgb & 0xFF) - palette.getBlue(i);
            int distance = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (distance < bestDistance && i != palette.getTransparentPixel()) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
