package dev.thumbnailer.bench.crac;

import java.util.ArrayList;
import java.util.List;

/**
 * A CRaC implementation that takes no snapshot: the cold-start child's stand-in for the one in
 * Lambda's Java runtime. Lambda starts the JVM with {@code -Dorg.crac.Core.Compat=<its package>},
 * and {@code org.crac.Core} then forwards every {@code register} to that package's {@code Core};
 * the child does the same with this package, so the function's {@code SnapStartPriming} registers
 * exactly as on Lambda. {@link #checkpointRestore()} runs the hooks as a snapshot would
 * (beforeCheckpoint in reverse order of registration, then afterRestore in order), in this JVM.
 */
public final class Core {

    private static final Global GLOBAL = new Global();

    private Core() {
    }

    public static Context<Resource> getGlobalContext() {
        return GLOBAL;
    }

    public static void checkpointRestore() throws CheckpointException, RestoreException {
        try {
            GLOBAL.beforeCheckpoint(GLOBAL);
        } catch (Exception e) {
            CheckpointException failure = new CheckpointException();
            failure.initCause(e);
            throw failure;
        }
        try {
            GLOBAL.afterRestore(GLOBAL);
        } catch (Exception e) {
            RestoreException failure = new RestoreException();
            failure.initCause(e);
            throw failure;
        }
    }

    /** How many resources registered: the child checks the function's hook arrived. */
    public static int registered() {
        synchronized (GLOBAL.resources) {
            return GLOBAL.resources.size();
        }
    }

    private static final class Global extends Context<Resource> {
        private final List<Resource> resources = new ArrayList<>();

        @Override
        public void register(Resource resource) {
            synchronized (resources) {
                resources.add(resource);
            }
        }

        @Override
        public void beforeCheckpoint(Context<? extends Resource> context) throws Exception {
            for (Resource r : snapshot().reversed()) {
                r.beforeCheckpoint(this);
            }
        }

        @Override
        public void afterRestore(Context<? extends Resource> context) throws Exception {
            for (Resource r : snapshot()) {
                r.afterRestore(this);
            }
        }

        private List<Resource> snapshot() {
            synchronized (resources) {
                return List.copyOf(resources);
            }
        }
    }
}
