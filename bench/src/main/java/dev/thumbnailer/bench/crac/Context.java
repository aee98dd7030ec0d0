package dev.thumbnailer.bench.crac;

/** The stand-in's context: {@code org.crac} calls {@code register(Resource)} on the global one by reflection. */
public abstract class Context<R extends Resource> implements Resource {

    public abstract void register(R resource);
}
