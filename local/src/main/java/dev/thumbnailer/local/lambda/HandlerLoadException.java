package dev.thumbnailer.local.lambda;

import dev.thumbnailer.local.template.FunctionSpec;

/** A function in template.yaml whose handler the Lambda runtime could not load or initialise. */
public final class HandlerLoadException extends RuntimeException {

    HandlerLoadException(FunctionSpec spec, String problem) {
        super(message(spec, problem));
    }

    HandlerLoadException(FunctionSpec spec, String problem, Throwable cause) {
        super(message(spec, problem), cause);
    }

    private static String message(FunctionSpec spec, String problem) {
        return "template.yaml: " + spec.logicalId() + " (Handler: " + spec.handler() + "): " + problem;
    }
}
