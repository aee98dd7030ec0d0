package dev.thumbnailer.bench.crac;

/** The stand-in's resource: the shape {@code org.crac.Core$Compat} looks up by name (see {@link Core}). */
public interface Resource {

    void beforeCheckpoint(Context<? extends Resource> context) throws Exception;

    void afterRestore(Context<? extends Resource> context) throws Exception;
}
