package dev.thumbnailer.image;

import java.awt.image.BufferedImage;

/** One size rendered to pixels, not yet encoded. */
record ResizedImage(ThumbnailSize size, BufferedImage image) {
}
