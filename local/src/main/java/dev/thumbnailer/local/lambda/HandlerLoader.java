package dev.thumbnailer.local.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import dev.thumbnailer.local.template.FunctionSpec;
import java.io.PrintStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Loads a function's handler as the Lambda Java runtime does: the class named by the template's
 * {@code Handler}, initialised through {@code Class.forName}, must implement {@code RequestHandler},
 * have a public no-arg constructor and the named method. A renamed class or method therefore fails
 * here with the template's name for it, as it would fail the deployed function's init.
 *
 * <p>One deliberate difference: the instance is built with its {@code (Map<String, String>)}
 * constructor, not the no-arg one. The runtime's no-arg constructor reads {@code System.getenv()},
 * and a running JVM cannot set its own environment; the map carries the template's variables plus
 * the local server's endpoint and keys, which is what the environment would hold.
 */
public final class HandlerLoader {

    private HandlerLoader() {
    }

    /**
     * @param localEnvironment  merged over the template's environment (endpoint, path style, keys)
     * @param functionLog       where the function's stdout goes (its JSON log lines)
     */
    public static LocalFunction load(FunctionSpec spec, Map<String, String> localEnvironment, PrintStream functionLog) {
        HandlerRef ref = HandlerRef.parse(spec.handler());
        Class<?> type = loadClass(spec, ref);
        requireRuntimeShape(spec, type, ref);
        Map<String, String> environment = new LinkedHashMap<>(spec.environment());
        environment.putAll(localEnvironment);
        Object handler = construct(spec, type, environment, functionLog);
        return new LocalFunction(spec.logicalId(), handler, outcomesMethod(spec, type), functionLog);
    }

    private static Class<?> loadClass(FunctionSpec spec, HandlerRef ref) {
        try {
            return Class.forName(ref.className(), true, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new HandlerLoadException(spec, "its Handler class " + ref.className() + " cannot be loaded: " + e);
        }
    }

    private static void requireRuntimeShape(FunctionSpec spec, Class<?> type, HandlerRef ref) {
        if (!RequestHandler.class.isAssignableFrom(type)) {
            throw new HandlerLoadException(spec, type.getName() + " does not implement " + RequestHandler.class.getName());
        }
        try {
            if (!Modifier.isPublic(type.getConstructor().getModifiers())) {
                throw new NoSuchMethodException();
            }
        } catch (NoSuchMethodException e) {
            throw new HandlerLoadException(spec, type.getName() + " has no public no-arg constructor, which the Lambda runtime needs");
        }
        boolean hasMethod = Arrays.stream(type.getMethods())
                .anyMatch(m -> m.getName().equals(ref.methodName()) && m.getParameterCount() == 2 && m.getParameterTypes()[1] == Context.class);
        if (!hasMethod) {
            throw new HandlerLoadException(spec, type.getName() + " has no public method " + ref.methodName() + "(event, Context)");
        }
    }

    /** The same checks and construction for a function behind an HTTP API (payload format 2.0 events). */
    @SuppressWarnings("unchecked")
    public static LocalHttpFunction loadHttp(FunctionSpec spec, Map<String, String> localEnvironment, PrintStream functionLog) {
        HandlerRef ref = HandlerRef.parse(spec.handler());
        Class<?> type = loadClass(spec, ref);
        requireRuntimeShape(spec, type, ref);
        boolean http = Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(ref.methodName()) && m.getParameterCount() == 2
                && m.getParameterTypes()[0] == APIGatewayV2HTTPEvent.class);
        if (!http) {
            throw new HandlerLoadException(spec, type.getName() + "." + ref.methodName() + " does not take an APIGatewayV2HTTPEvent (HTTP API payload 2.0)");
        }
        Map<String, String> environment = new LinkedHashMap<>(spec.environment());
        environment.putAll(localEnvironment);
        var handler = (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) construct(spec, type, environment, functionLog);
        return new LocalHttpFunction(spec.logicalId(), handler, functionLog);
    }

    /**
     * The runtime would call the no-arg constructor, which reads System.getenv; a JVM cannot set its
     * own environment, so the handler's (environment, log sink) constructor is used instead, which
     * builds the same components from the given map and sends the JSON log lines to the function log.
     */
    private static Object construct(FunctionSpec spec, Class<?> type, Map<String, String> environment, PrintStream functionLog) {
        try {
            Constructor<?> withEnvironment = type.getConstructor(Map.class, Consumer.class);
            Consumer<String> sink = functionLog::println;
            return withEnvironment.newInstance(environment, sink);
        } catch (NoSuchMethodException e) {
            throw new HandlerLoadException(spec, type.getName() + " has no public (Map<String, String> environment, Consumer<String> log) constructor");
        } catch (InvocationTargetException e) {
            throw new HandlerLoadException(spec, "its init failed with the template's environment: " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new HandlerLoadException(spec, "cannot construct " + type.getName() + ": " + e, e);
        }
    }

    /** The handlers' {@code handle(S3Event, Context)}: {@code handleRequest} with typed outcomes instead of a summary string. */
    private static Method outcomesMethod(FunctionSpec spec, Class<?> type) {
        try {
            return type.getMethod("handle", S3Event.class, Context.class);
        } catch (NoSuchMethodException e) {
            throw new HandlerLoadException(spec, type.getName() + " has no public handle(S3Event, Context) returning its outcomes");
        }
    }

}
