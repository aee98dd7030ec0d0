package dev.thumbnailer.it.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** template.yaml in both modes: the stack's own bucket with S3 notifications, or an adopted bucket with EventBridge rules. */
class ExistingBucketTemplateTest {

    static final String ADOPTED = "photos-of-another-team";
    static final TemplateModes OWN = new TemplateModes(Map.of());
    static final TemplateModes ADOPTING = new TemplateModes(Map.of("ExistingBucketName", ADOPTED));

    @Test
    void ownBucketMode_default_createsTheBucketAndUsesS3NotificationsThroughTheEventQueues() {
        Map<String, Map<String, Object>> resources = OWN.resources();

        assertTrue(resources.containsKey("Bucket"));
        assertTrue(resources.get("Bucket").toString().contains("QueueConfigurations"), "the bucket notifies the event queues");
        assertEquals(Set.of("ThumbnailFunction", "CleanupFunction"), resources.entrySet().stream()
                .filter(e -> TemplateModes.eventTypes(e.getValue()).contains("SQS")).map(Map.Entry::getKey).collect(Collectors.toSet()));
        assertTrue(resources.values().stream().noneMatch(r -> TemplateModes.eventTypes(r).contains("EventBridgeRule")));
    }

    @Test
    void adoptedMode_createsNoBucketAndNothingRefersToOne() {
        Map<String, Map<String, Object>> resources = ADOPTING.resources();

        // The only bucket left is the one for backfill reports, never one for originals.
        assertEquals(Set.of("BackfillReportBucket"), resources.entrySet().stream().filter(e -> "AWS::S3::Bucket".equals(e.getValue().get("Type")))
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
        assertEquals(Set.of(), TemplateModes.s3EventFunctions(resources));
        String text = resources.toString();
        assertFalse(text.contains("{Ref=Bucket}") || text.contains("${Bucket}") || text.contains("Fn::GetAtt=[Bucket"),
                "an adopted-bucket stack must not refer to the bucket it does not create");
    }

    @Test
    @SuppressWarnings("unchecked")
    void adoptedMode_eventBridgeRules_filterOnTheAdoptedBucketAndKind() {
        Map<String, Map<String, Object>> resources = ADOPTING.resources();

        Map<String, String> detailTypes = Map.of("ExistingBucketThumbnailFunction", "Object Created", "ExistingBucketCleanupFunction", "Object Deleted");
        detailTypes.forEach((function, detailType) -> {
            Map<String, Object> events = (Map<String, Object>) ((Map<String, Object>) resources.get(function).get("Properties")).get("Events");
            Map<String, Object> event = (Map<String, Object>) events.values().iterator().next();
            Map<String, Object> pattern = (Map<String, Object>) ((Map<String, Object>) event.get("Properties")).get("Pattern");
            assertEquals("EventBridgeRule", event.get("Type"));
            assertEquals(List.of("aws.s3"), pattern.get("source"));
            assertEquals(List.of(detailType), pattern.get("detail-type"));
            assertEquals("{bucket={name=[{Ref=ExistingBucketName}]}", pattern.get("detail").toString().substring(0, 41));
        });
    }

    @Test
    void adoptedMode_policies_nameOnlyTheAdoptedBucketAndWriteOnlyUnderThePrefix() {
        Map<String, Map<String, Object>> resources = ADOPTING.resources();

        for (String function : List.of("ExistingBucketThumbnailFunction", "ExistingBucketCleanupFunction")) {
            List<Map<String, Object>> statements = Policies.statements(resources.get(function));
            Set<String> s3Resources = statements.stream().filter(s -> Policies.actions(s).stream().anyMatch(a -> a.startsWith("s3:")))
                    .map(s -> s.get("Resource").toString()).collect(Collectors.toSet());
            assertEquals(Set.of("{Fn::Sub=arn:${AWS::Partition}:s3:::${ExistingBucketName}/*}",
                    "{Fn::Sub=arn:${AWS::Partition}:s3:::${ExistingBucketName}}",
                    "{Fn::Sub=arn:${AWS::Partition}:s3:::${ExistingBucketName}/${ThumbnailPrefix}*}"), s3Resources, function);
            statements.stream().filter(s -> Policies.actions(s).contains("s3:PutObject") || Policies.actions(s).contains("s3:DeleteObject"))
                    .forEach(s -> assertTrue(s.get("Resource").toString().endsWith("${ThumbnailPrefix}*}"), function + " writes outside the prefix: " + s));
        }
    }

    @ParameterizedTest(name = "ExistingBucketName=\"{0}\" BucketKmsKeyArn=\"{1}\"")
    @CsvSource({"'', ''", ADOPTED + ", ''", "'', " + KmsTemplateTest.KEY, ADOPTED + ", " + KmsTemplateTest.KEY})
    void cfnLint_eachMode_isClean(String existingBucket, String kmsKey) throws Exception {
        assumeTrue(TemplateModes.cfnLintInstalled(), "cfn-lint is not installed (.ci/run installs it)");

        String output = new TemplateModes(Map.of("ExistingBucketName", existingBucket, "BucketKmsKeyArn", kmsKey)).cfnLint();

        assertEquals("", output);
    }
}
