package dev.thumbnailer.image.gif;

import java.awt.image.IndexColorModel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The palette entry nearest to a colour, by a distance weighted towards green as the eye is (cheap
 * and close to perceptual for palette matching). Entries are kept sorted by green, and the search
 * walks outwards from the colour's green until green alone is farther than the best match so far:
 * a few dozen candidates instead of all 256 (Heckbert's "locally sorted search"). Ties go to the
 * lowest index, as a plain scan would. The transparent entry is never a match.
 */
final class NearestColour {

    private final int[] index;
    private final int[] red;
    private final int[] green;
    private final int[] blue;

    NearestColour(IndexColorModel palette) {
        // Lambdas, not palette::getGreen: on a boxed index that would pick getGreen(Object), which wants a pixel array.
        index = IntStream.range(0, palette.getMapSize()).filter(i -> i != palette.getTransparentPixel()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> palette.getGreen(i.intValue()))).mapToInt(Integer::intValue).toArray();
        red = Arrays.stream(index).map(i -> palette.getRed(i)).toArray();
        green = Arrays.stream(index).map(i -> palette.getGreen(i)).toArray();
        blue = Arrays.stream(index).map(i -> palette.getBlue(i)).toArray();
    }

    int closest(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        int start = firstWithGreenAtLeast(g);
        long best = Long.MAX_VALUE; // distance << 8 | index: one comparison orders by distance, then index
        for (int i = start; i < index.length && greenBound(green[i] - g) <= best >> 8; i++) {
            best = Math.min(best, candidate(i, r, g, b));
        }
        for (int i = start - 1; i >= 0 && greenBound(g - green[i]) <= best >> 8; i--) {
            best = Math.min(best, candidate(i, r, g, b));
        }
        return best == Long.MAX_VALUE ? 0 : (int) (best & 0xFF);
    }

    private long candidate(int i, int r, int g, int b) {
        int dr = r - red[i];
        int dg = g - green[i];
        int db = b - blue[i];
        return (long) (2 * dr * dr + 4 * dg * dg + 3 * db * db) << 8 | index[i];
    }

    private static long greenBound(int dg) {
        return 4L * dg * dg;
    }

    private int firstWithGreenAtLeast(int g) {
        int low = 0;
        int high = green.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (green[mid] < g) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
