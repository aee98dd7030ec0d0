package dev.thumbnailer.image.jpeg;

/** The frame header (T.81 B.2.2) and the geometry of its scaled decode. */
final class Frame {

    final boolean progressive;
    final int width;
    final int height;
    final Component[] components;
    final int hmax;
    final int vmax;
    final int mcusX;
    final int mcusY;
    /** Output pixels per 8 source pixels (8 / scale), output size, and the row length of the component strips. */
    int n;
    int outWidth;
    int outHeight;
    int stride;

    Frame(boolean progressive, int width, int height, Component[] components) {
        this.progressive = progressive;
        this.width = width;
        this.height = height;
        this.components = components;
        int h = 1;
        int v = 1;
        for (Component c : components) {
            h = Math.max(h, c.h);
            v = Math.max(v, c.v);
        }
        this.hmax = h;
        this.vmax = v;
        this.mcusX = (width + 8 * h - 1) / (8 * h);
        this.mcusY = (height + 8 * v - 1) / (8 * v);
    }

    /** Output is ceil(size / scale) on each axis: whole MCUs are decoded and the padding cropped. */
    void layout(int scale) {
        n = 8 / scale;
        outWidth = (width + scale - 1) / scale;
        outHeight = (height + scale - 1) / scale;
        stride = mcusX * hmax * n;
        for (Component c : components) {
            c.layout(n, hmax, vmax, width, height, mcusX, mcusY);
        }
    }

    /** Output rows one MCU row yields. */
    int rowsPerMcuRow() {
        return vmax * n;
    }

    Component byId(int id) throws JpegException {
        for (Component c : components) {
            if (c.id == id) {
                return c;
            }
        }
        throw JpegException.corrupt("scan names component " + id + ", not in the frame");
    }
}
