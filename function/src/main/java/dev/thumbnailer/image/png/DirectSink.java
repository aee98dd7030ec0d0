package dev.thumbnailer.image.png;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/** reduce == 1: each pixel written once into the output's own array (Adam7 passes land where they belong). */
final class DirectSink implements RowSink {

    private final BufferedImage image;
    private final int width;
    private final int channels;
    private final boolean sixteen;
    private final int[] argb;
    private final byte[] grey;

    DirectSink(int width, int height, int channels, int max) {
        this.image = RowSink.image(width, height, channels);
        this.width = width;
        this.channels = channels;
        this.sixteen = max > 0xFF;
        if (channels == 1) {
            grey = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            argb = null;
        } else {
            argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            grey = null;
        }
    }

    @Override
    public void put(int[] s, int y, int x, int dx, int n) {
        if (sixteen) {
            for (int i = 0; i < n * channels; i++) {
                s[i] = RowSink.to8(s[i]);
            }
        }
        int at = y * width + x;
        switch (channels) {
            case 1 -> {
                for (int i = 0; i < n; i++, at += dx) {
                    grey[at] = (byte) s[i];
                }
            }
            case 2 -> {
                for (int i = 0, q = 0; i < n; i++, q += 2, at += dx) {
                    argb[at] = s[q + 1] << 24 | s[q] * 0x010101;
                }
            }
            case 3 -> {
                for (int i = 0, q = 0; i < n; i++, q += 3, at += dx) {
                    argb[at] = 0xFF000000 | s[q] << 16 | s[q + 1] << 8 | s[q + 2];
                }
            }
            default -> {
                for (int i = 0, q = 0; i < n; i++, q += 4, at += dx) {
                    argb[at] = s[q + 3] << 24 | s[q] << 16 | s[q + 1] << 8 | s[q + 2];
                }
            }
        }
    }

    @Override
    public void endRow(int y) {
    }

    @Override
    public BufferedImage finish() {
        return image;
    }
}
