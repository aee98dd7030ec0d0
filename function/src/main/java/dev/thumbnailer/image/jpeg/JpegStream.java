package dev.thumbnailer.image.jpeg;

import java.awt.color.ICC_Profile;
import java.util.Optional;

/**
 * One decode: walks the markers (T.81 B.1.1.3, B.2) from SOI to EOI, keeps the tables, and runs
 * each scan as it comes. A sequential file whose one scan holds every component is turned into
 * pixels MCU row by MCU row; other files store their zone coefficients until EOI.
 */
final class JpegStream {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    /**
     * Scans a file may have. Encoders use about 10 (libjpeg's default script, mozjpeg's a few more),
     * but a hostile file can repeat a cheap scan over every block thousands of times.
     */
    private static final int MAX_SCANS = 100;

    private final byte[] d;
    private final int scale;
    private final long maxPixels;
    private final int[][] quant = new int[4][];
    private final HuffmanTable[] dc = new HuffmanTable[4];
    private final HuffmanTable[] ac = new HuffmanTable[4];
    private final AppSegments app = new AppSegments();
    private int pos;
    private int restartInterval;
    private Frame frame;
    private int scans;
    private Optional<ICC_Profile> profile;
    private PixelWriter writer;
    private byte[][] strips;
    private boolean streamed;
    private boolean arithmetic;
    private ArithmeticConditioning conditioning = ArithmeticConditioning.defaults();

    JpegStream(byte[] jpeg, int scale, long maxPixels) {
        this.d = jpeg;
        this.scale = scale;
        this.maxPixels = maxPixels;
    }

    ScaledJpeg decode() throws JpegException {
        if (d.length < 4 || Segments.u16(d, 0) != 0xFFD8) {
            throw JpegException.corrupt("no SOI");
        }
        pos = 2;
        for (int marker = nextMarker(); marker != EOI; marker = nextMarker()) {
            int length = segmentLength();
            int start = pos + 2;
            pos += length;
            if (marker == SOS) {
                scan(start, pos);
            } else {
                segment(marker, start, pos);
            }
        }
        return finish();
    }

    /** Markers must follow each other directly; libjpeg skips garbage with a warning, and ImageIO can do that. */
    private int nextMarker() throws JpegException {
        if (pos + 1 >= d.length) {
            throw JpegException.truncated("the file ends before EOI");
        }
        if ((d[pos] & 0xFF) != 0xFF) {
            throw JpegException.corrupt("garbage between segments");
        }
        while (pos + 2 < d.length && (d[pos + 1] & 0xFF) == 0xFF) {
            pos++; // fill bytes (T.81 B.1.1.2)
        }
        int marker = d[pos + 1] & 0xFF;
        pos += 2;
        return marker;
    }

    private int segmentLength() throws JpegException {
        int length = pos + 2 <= d.length ? Segments.u16(d, pos) : 0;
        if (length < 2 || pos + length > d.length) {
            throw JpegException.corrupt("segment length");
        }
        return length;
    }

    private void segment(int marker, int start, int end) throws JpegException {
        switch (marker) {
            case 0xC4 -> Segments.huffmanTables(d, start, end, dc, ac);
            case 0xDB -> Segments.quantTables(d, start, end, quant);
            case 0xDD -> restartInterval = end - start == 2 ? Segments.u16(d, start) : -1;
            case 0xC0, 0xC1, 0xC2 -> startOfFrame(marker == 0xC2, false, start, end);
            case 0xC9, 0xCA -> startOfFrame(marker == 0xCA, true, start, end); // arithmetic coding (T.81 Annex D)
            case 0xCC -> conditioning = ArithmeticConditioning.parse(d, start, end, conditioning);
            case 0xFE -> { } // comment
            default -> other(marker, start, end);
        }
        if (restartInterval < 0) {
            throw JpegException.corrupt("bad DRI");
        }
    }

    private void other(int marker, int start, int end) throws JpegException {
        if (marker >= 0xE0 && marker <= 0xEF) {
            if (scans == 0) { // what libjpeg and TwelveMonkeys read, before the first scan
                app.accept(marker, d, start, end);
            }
        } else if (marker >= 0xC3 && marker <= 0xCF || marker == 0xDC || marker == 0xDE || marker == 0xDF) {
            throw JpegException.unsupported(String.format("marker 0x%02X", marker)); // lossless, hierarchical and other SOFs, DNL, DHP, EXP
        } else {
            throw JpegException.corrupt(String.format("unexpected marker 0x%02X", marker));
        }
    }

    private void startOfFrame(boolean progressive, boolean arithmeticCoded, int start, int end) throws JpegException {
        if (frame != null) {
            throw JpegException.unsupported("a second frame");
        }
        arithmetic = arithmeticCoded;
        if (scale == 1 && !arithmetic) {
            throw JpegException.unsupported("a full-size decode of Huffman-coded data, which ImageIO makes");
        }
        frame = Segments.frame(progressive, d, start, end, maxPixels);
        frame.layout(scale);
    }

    private void scan(int start, int end) throws JpegException {
        if (frame == null) {
            throw JpegException.corrupt("SOS before SOF");
        }
        Scan scan = Segments.scan(d, start, end, frame, restartInterval);
        Segments.bindTables(d, start, scan, arithmetic ? null : dc, arithmetic ? null : ac);
        if (++scans > MAX_SCANS) {
            throw JpegException.unsupported("more than " + MAX_SCANS + " scans");
        }
        if (scans == 1) {
            prepare(scan);
        }
        for (Component c : scan.components()) {
            latch(c);
            for (int k = scan.ss(); k <= Math.min(5, scan.se()); k++) {
                c.coefBits[k] = scan.al();
            }
        }
        ScanWalker.Source in = arithmetic ? new ArithmeticDecoder(d, end) : new BitReader(d, end);
        pos = ScanWalker.walk(frame, scan, in, blocks(scan, in), streamed ? this::emit : row -> { });
    }

    /** Colour and profile are settled before any pixel is decoded: if ImageIO must do it, nothing is wasted. */
    private void prepare(Scan first) throws JpegException {
        app.checkColour(frame);
        profile = app.profile(frame);
        writer = new PixelWriter(frame.outWidth, frame.outHeight, frame.components.length == 3);
        strips = new byte[frame.components.length][frame.stride * frame.rowsPerMcuRow()];
        streamed = !frame.progressive && first.components().length == frame.components.length;
        if (!streamed) {
            for (Component c : frame.components) {
                c.allocateCoefficients(frame.progressive);
            }
        }
    }

    private void latch(Component c) throws JpegException {
        if (c.quant == null) {
            if (quant[c.quantTable] == null) {
                throw JpegException.corrupt("undefined quantisation table");
            }
            c.latchQuant(quant[c.quantTable]);
        }
        if (!frame.progressive) {
            if (c.inSequentialScan) {
                throw JpegException.corrupt("component in two sequential scans");
            }
            c.inSequentialScan = true;
        }
    }

    private ScanWalker.Blocks blocks(Scan scan, ScanWalker.Source in) {
        byte[][] out = streamed ? strips : null;
        if (in instanceof ArithmeticDecoder coder) {
            return ArithmeticBlocks.of(coder, scan, conditioning, frame.progressive, out, frame.stride);
        }
        BitReader bits = (BitReader) in;
        return frame.progressive ? ProgressiveBlocks.of(bits, scan) : new SequentialBlocks(bits, scan.components(), out, frame.stride);
    }

    /** Whether the frame is arithmetic-coded: then no other decoder here can read it, so its errors are final. */
    boolean arithmetic() {
        return arithmetic;
    }

    private void emit(int mcuRow) {
        writer.rows(strips, frame.stride, mcuRow * frame.rowsPerMcuRow(), frame.rowsPerMcuRow());
    }

    private ScaledJpeg finish() throws JpegException {
        if (scans == 0) {
            throw JpegException.corrupt("no scan");
        }
        for (Component c : frame.components) {
            // A progressive component latches its quantiser at its first scan: none, never scanned.
            if (frame.progressive ? c.quant == null : !c.inSequentialScan) {
                throw JpegException.corrupt("component " + c.id + " never scanned");
            }
        }
        if (!streamed) {
            StoredRender.render(frame, strips, writer);
        }
        return new ScaledJpeg(writer.image, profile);
    }
}
