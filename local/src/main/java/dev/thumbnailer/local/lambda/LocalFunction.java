package dev.thumbnailer.local.lambda;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.thumbnailer.service.Outcome;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/** A loaded, initialised handler of one function in template.yaml, invoked in this JVM. */
public final class LocalFunction {

    private final String logicalId;
    private final Object handler;
    private final Method handle;
    private final PrintStream log;

    LocalFunction(String logicalId, Object handler, Method handle, PrintStream log) {
        this.logicalId = logicalId;
        this.handler = handler;
        this.handle = handle;
        this.log = log;
    }

    public String logicalId() {
        return logicalId;
    }

    public Class<?> handlerClass() {
        return handler.getClass();
    }

    /** One invocation with a fresh context; infrastructure errors propagate as they would to Lambda. */
    public List<Outcome> invoke(S3Event event) {
        try {
            Object result = handle.invoke(handler, event, LocalContext.newInvocation(logicalId, log));
            return ((List<?>) result).stream().map(Outcome.class::cast).toList();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(logicalId + " failed", e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(logicalId + ": " + handle + " is not accessible", e);
        }
    }
}
