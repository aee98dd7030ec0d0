package dev.thumbnailer.bench.corpus;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Gives an ARGB image real, varied transparency: opaque in the middle, a soft radial fade to fully
 * transparent corners, and a half-transparent band. A logo-on-transparent PNG in spirit, but big.
 */
final class AlphaMask {

    private AlphaMask() {
    }

    static BufferedImage apply(BufferedImage argb) {
        int width = argb.getWidth();
        int height = argb.getHeight();
        int[] pixels = ((DataBufferInt) argb.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            double dy = (y - height / 2.0) / (height / 2.0);
            boolean band = Math.abs(y - height * 0.3) < height * 0.05;
            for (int x = 0; x < width; x++) {
                double dx = (x - width / 2.0) / (width / 2.0);
                double distance = Math.sqrt((dx * dx + dy * dy) / 2); // 0 centre .. 1 corners
                double alpha = Math.clamp(1.4 - 1.6 * distance, 0, 1) * (band ? 0.5 : 1);
                int i = y * width + x;
                pixels[i] = (int) Math.round(alpha * 255) << 24 | (pixels[i] & 0xFFFFFF);
            }
        }
        return argb;
    }
}
