package dev.thumbnailer.bench.crac;

/** Looked up by name by {@code org.crac.Core$Compat}. */
public class RestoreException extends Exception {
}
