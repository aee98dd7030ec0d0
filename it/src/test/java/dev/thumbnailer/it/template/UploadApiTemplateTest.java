package dev.thumbnailer.it.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.thumbnailer.local.template.CfnYaml;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The security-relevant shape of the upload API in template.yaml, which no local run exercises:
 * who may call it, what its role may do, what browsers may send to the bucket.
 */
class UploadApiTemplateTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    static final String BUCKET_ARN = "arn:${AWS::Partition}:s3:::${AWS::StackName}-${AWS::AccountId}-${AWS::Region}";

    static Map<String, Object> resources;
    static Map<String, Object> root;

    @BeforeAll
    static void read() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("template.yaml"))) {
            root = map(CfnYaml.loader().load(reader));
        }
        resources = map(root.get("Resources"));
    }

    @Test
    void api_withoutAnIssuer_isNotDeployedAtAll() {
        Map<String, Object> parameters = map(root.get("Parameters"));

        assertEquals("", map(parameters.get("JwtIssuer")).get("Default"));
        for (String id : List.of("UploadApi", "UploadApiFunction", "UploadApiLogGroup")) {
            assertEquals("HasJwtIssuer", map(resources.get(id)).get("Condition"), id);
        }
        assertEquals("HasJwtIssuer", map(map(root.get("Outputs")).get("UploadApiUrl")).get("Condition"));
        assertTrue(map(root.get("Rules")).containsKey("AudienceWithIssuer"), "an issuer without an audience is refused");
    }

    @Test
    void api_everyRoute_needsAJwtOfTheConfiguredIssuerAndAudience() {
        Map<String, Object> auth = map(properties("UploadApi").get("Auth"));
        Map<String, Object> authorizer = map(map(auth.get("Authorizers")).get(auth.get("DefaultAuthorizer")));
        Map<String, Object> jwt = map(authorizer.get("JwtConfiguration"));

        assertEquals(Map.of("Ref", "JwtIssuer"), jwt.get("issuer"));
        assertEquals(Map.of("Ref", "JwtAudience"), jwt.get("audience"));
        assertEquals("$request.header.Authorization", authorizer.get("IdentitySource"));
        map(properties("UploadApiFunction").get("Events")).values().forEach(event ->
                assertTrue(!map(map(event).get("Properties")).containsKey("Auth"), "no route overrides the default authorizer"));
    }

    @Test
    void api_cors_allowsExactlyTheMethodsOfItsRoutesAndTheHeadersThePageSends() {
        Map<String, Object> cors = map(properties("UploadApi").get("CorsConfiguration"));
        Set<String> routeMethods = new TreeSet<>();
        map(properties("UploadApiFunction").get("Events")).values().forEach(e -> routeMethods.add((String) map(map(e).get("Properties")).get("Method")));

        assertEquals(routeMethods, new TreeSet<>(list(cors.get("AllowMethods"))));
        assertEquals(Set.of("Authorization", "Content-Type"), Set.copyOf(list(cors.get("AllowHeaders"))));
        assertEquals(Map.of("Ref", "AllowedOrigins"), cors.get("AllowOrigins"));
    }

    @Test
    void bucketCors_allowsOnlyThePresignedPutWithItsSignedHeader_andExposesETag() {
        Map<String, Object> rule = map(list(map(properties("Bucket").get("CorsConfiguration")).get("CorsRules")).getFirst());

        assertEquals(List.of("PUT"), rule.get("AllowedMethods"));
        assertEquals(List.of("Content-Type"), rule.get("AllowedHeaders"));
        assertEquals(List.of("ETag"), rule.get("ExposedHeaders"));
    }

    @Test
    void uploadRole_writesAndDeletesOnlyInTheUsersFolders_andReadsOnlyThemAndTheThumbnails() {
        Map<String, List<String>> grants = grants("UploadApiFunction");

        assertEquals(List.of(BUCKET_ARN + "/${UploadPrefix}users/*"), grants.get("s3:PutObject"));
        assertEquals(List.of(BUCKET_ARN + "/${UploadPrefix}users/*"), grants.get("s3:DeleteObject"));
        assertEquals(List.of(BUCKET_ARN + "/${UploadPrefix}users/*", BUCKET_ARN + "/${ThumbnailPrefix}*"), grants.get("s3:GetObject"));
        assertEquals(List.of(BUCKET_ARN), grants.get("s3:ListBucket"));
        assertEquals(Set.of("s3:PutObject", "s3:DeleteObject", "s3:GetObject", "s3:ListBucket"), grants.keySet());
    }

    @Test
    void uploadFunction_isConfiguredLikeTheOthers() {
        Map<String, Object> globals = map(map(root.get("Globals")).get("Function"));
        Map<String, Object> env = map(map(properties("UploadApiFunction").get("Environment")).get("Variables"));

        assertEquals("java25", globals.get("Runtime"));
        assertEquals(List.of("arm64"), globals.get("Architectures"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), globals.get("SnapStart"));
        assertEquals("live", globals.get("AutoPublishAlias"));
        assertEquals(Map.of("Ref", "DerivativeCacheControl"), map(map(globals.get("Environment")).get("Variables")).get("DERIVATIVE_CACHE_CONTROL"));
        assertEquals(Set.of("UPLOAD_BUCKET", "UPLOAD_PREFIX", "UPLOAD_URL_TTL_SECONDS", "THUMBNAIL_URL_TTL_SECONDS"), env.keySet());
        assertEquals(Map.of("Ref", "UploadPrefix"), env.get("UPLOAD_PREFIX"));
    }

    /** Action → the resources (Fn::Sub strings) the function's inline policy grants it on. */
    private static Map<String, List<String>> grants(String function) {
        Map<String, List<String>> grants = new java.util.LinkedHashMap<>();
        for (Object policy : list(properties(function).get("Policies"))) {
            for (Object statement : list(map(policy).get("Statement"))) {
                Map<String, Object> s = map(statement);
                assertEquals("Allow", s.get("Effect"));
                Object actions = s.get("Action");
                List<String> names = actions instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(String.valueOf(actions));
                Object resource = s.get("Resource");
                List<Object> resourceList = resource instanceof List<?> l ? new ArrayList<>(l) : List.of(resource);
                List<String> arns = resourceList.stream().map(r -> String.valueOf(map(r).get("Fn::Sub"))).toList();
                names.forEach(a -> grants.computeIfAbsent(a, k -> new ArrayList<>()).addAll(arns));
            }
        }
        return grants;
    }

    private static Map<String, Object> properties(String id) {
        return map(map(resources.get(id)).get("Properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
