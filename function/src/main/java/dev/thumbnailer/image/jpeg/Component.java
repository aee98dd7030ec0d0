package dev.thumbnailer.image.jpeg;

/**
 * One colour component of the frame (T.81 B.2.2) and what decoding it at the chosen scale needs:
 * the size of its reduced IDCT, which low-frequency coefficients that reads, its block grids, and
 * (for multi-scan files) its stored coefficients.
 */
final class Component {

    final int index;
    final int id;
    /** Sampling factors; 1 in a one-component frame, whose scans are never interleaved (T.81 A.2.2). */
    final int h;
    final int v;
    final int quantTable;

    /** Dequantisation factors in zone order, latched at the component's first scan, as libjpeg does. */
    int[] quant;
    /** Output pixels per block, across and down: the size of the reduced IDCT, and of the coefficient zone it reads. */
    int zoneWidth;
    int zoneHeight;
    int zoneSize;
    /** Zigzag index → zone index or -1 (see {@link Zigzag#zone}). */
    int[] zone;
    int lastZoneIndex;
    /** Bit k set for zigzag indexes 0..lastZoneIndex. */
    long zoneBits;
    /** Block grid of the whole frame, MCU-padded: what an interleaved scan covers. */
    int blocksPerLine;
    int blockRows;
    /** Block grid when the component is alone in a scan: only the blocks its samples touch (T.81 A.2.2). */
    int scanBlocksPerLine;
    int scanBlockRows;

    /** Quantised zone coefficients per block, for multi-scan (progressive) files; null when streaming. */
    short[] coefficients;
    /** Per block, bit k set when zigzag coefficient k is non-zero, inside the zone or not (successive approximation needs it). */
    long[] nonZero;

    /**
     * For zigzag indexes 0-5: -1 before any scan carried the coefficient, else the bit position
     * {@code al} it is known to (0: exactly), as libjpeg's coef_bits; and the quantisers of those
     * six coefficients. {@link BlockSmoothing} needs both.
     */
    final int[] coefBits = {-1, -1, -1, -1, -1, -1};
    final int[] smoothingQuant = new int[6];

    int dcPrediction;
    HuffmanTable dcTable;
    /** The DC and AC table selectors of the current scan: statistics and conditioning of an arithmetic-coded one. */
    int dcSelector;
    int acSelector;
    HuffmanTable acTable;
    boolean inSequentialScan;

    Component(int index, int id, int h, int v, int quantTable) {
        this.index = index;
        this.id = id;
        this.h = h;
        this.v = v;
        this.quantTable = quantTable;
    }

    /**
     * Scaled decoding of a component sampled below the maximum runs its IDCT that much larger, so
     * every component comes out at the luma plane's reduced resolution and needs no upsampling:
     * a 4:2:0 chroma block covers 16×16 source pixels and gives 2N×2N output pixels from its 2N×2N
     * lowest frequencies (libjpeg 7+ does the same, jdmaster.c "DCT scaling of chroma"). With
     * N ≤ 4 and factors in {1, 2} that is at most the full 8×8. A full-size decode (N = 8, only for
     * arithmetic-coded files, which ImageIO cannot read) gives subsampled chroma a 16-point IDCT of
     * its 8 frequencies: the zone is then 16 wide or tall, its upper half zeros.
     */
    void layout(int n, int hmax, int vmax, int width, int height, int mcusX, int mcusY) {
        zoneWidth = n * hmax / h;
        zoneHeight = n * vmax / v;
        zoneSize = zoneWidth * zoneHeight;
        zone = Zigzag.zone(zoneWidth, zoneHeight);
        lastZoneIndex = Zigzag.last(zone);
        zoneBits = lastZoneIndex == 63 ? -1L : (1L << (lastZoneIndex + 1)) - 1;
        blocksPerLine = mcusX * h;
        blockRows = mcusY * v;
        scanBlocksPerLine = ceilDiv(ceilDiv(width * h, hmax), 8);
        scanBlockRows = ceilDiv(ceilDiv(height * v, vmax), 8);
    }

    void latchQuant(int[] natural) {
        for (int k = 0; k <= 5; k++) {
            smoothingQuant[k] = natural[BlockSmoothing.naturalPosition(k)];
        }
        quant = new int[zoneSize];
        for (int k = 0; k < 64; k++) {
            if (zone[k] >= 0) {
                quant[zone[k]] = natural[Zigzag.NATURAL[k]];
            }
        }
    }

    /** Room for the coefficients of every block: zone only, so a 50 MP progressive file at 1/8 needs about 12 MB. */
    void allocateCoefficients(boolean refinable) {
        coefficients = new short[blocksPerLine * blockRows * zoneSize];
        nonZero = refinable ? new long[blocksPerLine * blockRows] : null;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
