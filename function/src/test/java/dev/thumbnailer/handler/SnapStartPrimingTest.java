package dev.thumbnailer.handler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.service.Outcome;
import dev.thumbnailer.storage.ObjectStore;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapStartPrimingTest {

    /** On Lambda a priming failure fails the snapshot, hence the deploy: it must run in any sane configuration. */
    @ParameterizedTest
    @ValueSource(strings = {"", "http://127.0.0.1:9"})
    void prime_awsOrOverriddenEndpoint_thumbnailsAndCleansWithoutANetwork(String endpoint) {
        // given: a handler's components whose own store must never be touched by priming
        Map<String, String> env = endpoint.isEmpty() ? Map.of() : Map.of("AWS_ENDPOINT_URL_S3", endpoint, "S3_FORCE_PATH_STYLE", "true");
        ObjectStore untouchable = (ObjectStore) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ObjectStore.class},
                (proxy, method, args) -> {
                    throw new AssertionError("priming used the function's real store: " + method.getName());
                });
        SnapStartPriming priming = SnapStartPriming.register(FunctionComponents.withStore(SettingsParser.parse(env), untouchable));

        // when: the canned HTTP client answers in-process (nothing listens on port 9, no AWS host is resolved)
        List<Outcome> outcomes = priming.prime();

        // then: both record paths ran to their normal end
        assertEquals(2, outcomes.size());
        assertInstanceOf(Outcome.Thumbnailed.class, outcomes.get(0));
        assertInstanceOf(Outcome.Cleaned.class, outcomes.get(1));
        assertEquals(2, ((Outcome.Thumbnailed) outcomes.get(0)).derivativeKeys().size());
    }
}
