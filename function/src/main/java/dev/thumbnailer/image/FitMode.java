package dev.thumbnailer.image;

/** How a thumbnail relates to its bounding box. Neither mode ever upscales. */
public enum FitMode {
    /** Keep the aspect ratio and fit entirely inside the box. */
    FIT,
    /** Cover the box, then crop the overflow, centred, so the result is exactly the box. */
    FILL
}
