package dev.thumbnailer.image.png;

import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.color.ProfileDataException;
import java.util.Optional;

/**
 * The RGB colour profile a PNG declares (PNG spec, 3rd ed., §11.3.2.3, §11.3.3.5): the decoder's
 * iCCP bytes, unless an sRGB chunk says the image is sRGB anyway. Anything odd means no profile,
 * i.e. sRGB, as browsers do with a broken profile. (The JDK PNG reader parsed iCCP but never
 * applied it, so a Display P3 or Adobe RGB PNG used to come out with wrong colours.)
 */
public final class PngColourProfile {

    private PngColourProfile() {
    }

    /** The profile to convert from, or empty for sRGB (no profile, an sRGB chunk, or a profile that is not a parsable RGB one). */
    public static Optional<ICC_Profile> of(PngColour colour) {
        if (colour.srgbIntent().isPresent()) {
            return Optional.empty();
        }
        return colour.iccProfile().flatMap(PngColourProfile::rgbProfile);
    }

    private static Optional<ICC_Profile> rgbProfile(byte[] data) {
        try {
            ICC_Profile profile = ICC_Profile.getInstance(data);
            return profile.getColorSpaceType() == ColorSpace.TYPE_RGB ? Optional.of(profile) : Optional.empty();
        } catch (IllegalArgumentException | CMMException | ProfileDataException e) {
            return Optional.empty(); // not a parsable ICC profile
        }
    }
}
