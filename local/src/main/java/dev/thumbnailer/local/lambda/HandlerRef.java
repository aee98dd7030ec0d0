package dev.thumbnailer.local.lambda;

/**
 * A Lambda Java handler string: {@code package.Class::method} or just {@code package.Class}, which
 * for a {@code RequestHandler} means its {@code handleRequest}.
 */
public record HandlerRef(String className, String methodName) {

    static final String DEFAULT_METHOD = "handleRequest";

    public static HandlerRef parse(String handler) {
        String text = handler == null ? "" : handler.strip();
        int separator = text.indexOf("::");
        String className = separator < 0 ? text : text.substring(0, separator);
        String method = separator < 0 ? DEFAULT_METHOD : text.substring(separator + 2);
        if (!className.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}.$]*") || !method.matches("[\\p{javaJavaIdentifierStart}][\\p{javaJavaIdentifierPart}]*")) {
            throw new IllegalArgumentException("Handler '" + handler + "' is not of the form package.Class::method or package.Class");
        }
        return new HandlerRef(className, method);
    }
}
