package dev.thumbnailer.local.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HandlerRefTest {

    @ParameterizedTest
    @CsvSource({
            "a.b.Handler::handleRequest, a.b.Handler, handleRequest",
            "a.b.Handler::other,         a.b.Handler, other",
            "a.b.Handler,                a.b.Handler, handleRequest",
            "a.b.Outer$Inner,            a.b.Outer$Inner, handleRequest"})
    void parse_runtimeForms_giveClassAndMethod(String handler, String className, String method) {
        assertEquals(new HandlerRef(className, method), HandlerRef.parse(handler));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a.b.Handler::", "::handleRequest", "a b.Handler", "index.handler.js::x()"})
    void parse_malformed_isRejected(String handler) {
        assertThrows(IllegalArgumentException.class, () -> HandlerRef.parse(handler));
    }
}
