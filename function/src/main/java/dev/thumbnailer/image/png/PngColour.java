package dev.thumbnailer.image.png;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The colour information a PNG declares, as parsed, for the caller to bring pixels to sRGB (the
 * decoder returns the stored values). Only chunks before PLTE and IDAT count, first of each kind
 * (libpng ignores them "out of place" or "duplicate"); a malformed one is absent. Precedence is the
 * caller's: PNG 3rd edition §4.3 ranks iCCP over sRGB over gAMA/cHRM.
 *
 * @param iccProfile      the inflated iCCP profile (at most {@link #MAX_PROFILE_BYTES}); not validated as ICC
 * @param srgbIntent      the sRGB chunk's rendering intent, 0-3
 * @param gamma           gAMA × 100000 (45455 is 1/2.2), always positive
 * @param chromaticities  cHRM × 100000: white x, y, red x, y, green x, y, blue x, y
 */
public record PngColour(Optional<byte[]> iccProfile, OptionalInt srgbIntent, OptionalInt gamma, Optional<int[]> chromaticities) {

    /** Real RGB profiles are a few KB (matrix/TRC) to a few hundred KB (LUT); more is abuse (same cap as the ImageIO path). */
    public static final int MAX_PROFILE_BYTES = 4 << 20;

    static final PngColour NONE = new PngColour(Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty());

    /** No colour chunk at all: the values are sRGB by the spec's default. */
    public boolean isUntagged() {
        return iccProfile.isEmpty() && srgbIntent.isEmpty() && gamma.isEmpty() && chromaticities.isEmpty();
    }

    /** By content: two decodes of one file have equal colour information. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PngColour o && srgbIntent.equals(o.srgbIntent) && gamma.equals(o.gamma)
                && Arrays.equals(iccProfile.orElse(null), o.iccProfile.orElse(null))
                && Arrays.equals(chromaticities.orElse(null), o.chromaticities.orElse(null));
    }

    @Override
    public int hashCode() {
        return Objects.hash(srgbIntent, gamma, Arrays.hashCode(iccProfile.orElse(null)), Arrays.hashCode(chromaticities.orElse(null)));
    }
}
