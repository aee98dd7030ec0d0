package dev.thumbnailer.image.jpeg;

import java.util.Optional;

/**
 * A pure-Java JPEG decoder that decodes straight to 1/2, 1/4 or 1/8 of the size in the DCT domain
 * (libjpeg's scaled decoding, jidctred.c): each 8×8 block's lowest frequencies go through a 4×4,
 * 2×2 or 1×1 inverse DCT, so no full-size pixel is ever computed. For thumbnails this replaces
 * ImageIO's full-resolution decode followed by point subsampling, which is most of the JDK's time.
 *
 * <p>It covers the JPEGs cameras, phones and the web make: baseline, extended-sequential and
 * progressive, Huffman- or arithmetic-coded (SOF0, SOF1, SOF2, SOF9, SOF10), 8-bit, grey or YCbCr with sampling factors 1 or 2,
 * restart intervals, an embedded ICC profile. Anything else (lossless,
 * hierarchical, 12-bit, CMYK/YCCK, RGB, unusual sampling), and any data it cannot trust, returns
 * empty: the caller then decodes with ImageIO as before, which also reports damage. A file cut
 * short is the exception: it is reported here, since ImageIO could only reject it too. So is any
 * failure on an arithmetic-coded file, which the JDK's reader refuses outright: for those this is
 * the decoder, at full size too (scale 1).
 */
public final class ScaledJpegDecoder {

    private ScaledJpegDecoder() {
    }

    /**
     * @param jpeg      the whole file; never modified
     * @param scale     2, 4 or 8; 1 decodes arithmetic-coded files only (others return empty)
     * @param maxPixels frames declaring more pixels than this are not decoded
     * @return the image at ceil(width / scale) × ceil(height / scale), or empty to fall back on ImageIO
     * @throws TruncatedJpegException  the data ends inside a scan or before EOI
     * @throws UndecodableJpegException an arithmetic-coded file this decoder cannot read either
     */
    public static Optional<ScaledJpeg> decode(byte[] jpeg, int scale, long maxPixels) throws TruncatedJpegException, UndecodableJpegException {
        if (scale != 1 && scale != 2 && scale != 4 && scale != 8) {
            throw new IllegalArgumentException("scale must be 1, 2, 4 or 8: " + scale);
        }
        JpegStream stream = new JpegStream(jpeg, scale, maxPixels);
        try {
            return Optional.of(stream.decode());
        } catch (JpegException e) {
            if (e.truncation()) {
                throw new TruncatedJpegException(e.getMessage());
            }
            if (stream.arithmetic()) {
                throw new UndecodableJpegException("arithmetic-coded, " + e.getMessage());
            }
            return Optional.empty();
        } catch (RuntimeException bug) {
            // Every index is checked, so this is a decoder bug. Tests and the fuzzer run with -ea and
            // fail on it; in production the upload still gets ImageIO's decode rather than being lost.
            assert false : bug;
            return Optional.empty();
        }
    }
}
