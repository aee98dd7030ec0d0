package dev.thumbnailer.local.template;

/** template.yaml is unreadable or says something this tool cannot act on; the message says where. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message) {
        super(message);
    }

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
