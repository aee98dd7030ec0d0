package dev.thumbnailer.image.jpeg;

/**
 * Pixels from stored coefficients, once every scan of a progressive (or multi-scan sequential)
 * file has been read: MCU row by MCU row, each block through the scaled IDCT into the strips and
 * the strips into the output, so no full-size plane is ever held. Progressive files whose low AC
 * coefficients are incomplete are smoothed first ({@link BlockSmoothing}).
 */
final class StoredRender {

    private StoredRender() {
    }

    static void render(Frame frame, byte[][] strips, PixelWriter writer) {
        int[] work = new int[2 * ScaledIdct.PASS1];
        int rows = frame.rowsPerMcuRow();
        boolean smooth = frame.progressive && BlockSmoothing.useful(frame);
        for (int my = 0; my < frame.mcusY; my++) {
            for (Component c : frame.components) {
                for (int by = 0; by < c.v; by++) {
                    blockRow(c, my * c.v + by, strips[c.index], by * c.zoneHeight * frame.stride, frame.stride, work, smooth);
                }
            }
            writer.rows(strips, frame.stride, my * rows, rows);
        }
    }

    private static void blockRow(Component c, int row, byte[] strip, int offset, int stride, int[] work, boolean smooth) {
        int size = c.zoneSize;
        for (int col = 0; col < c.blocksPerLine; col++) {
            int base = (row * c.blocksPerLine + col) * size;
            for (int i = 0; i < size; i++) {
                work[i] = c.coefficients[base + i];
            }
            if (smooth) {
                BlockSmoothing.estimate(c, row, col, work);
            }
            ScaledIdct.transform(work, c.quant, c.zoneWidth, c.zoneHeight, strip, offset + col * c.zoneWidth, stride);
        }
    }
}
