package dev.thumbnailer.it.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BackfillFunction, the Batch Operations role and the report bucket, in both bucket modes. */
class BackfillTemplateTest {

    static final String BUCKET_NAME = "{Fn::If=[CreatesBucket, {Fn::Sub=${AWS::StackName}-${AWS::AccountId}-${AWS::Region}}, {Ref=ExistingBucketName}]}";

    @ParameterizedTest(name = "ExistingBucketName=\"{0}\"")
    @ValueSource(strings = {"", "photos-of-another-team"})
    void backfill_bothModes_existsWithItsRoleAndReportBucket(String existingBucket) {
        Map<String, Map<String, Object>> resources = new TemplateModes(Map.of("ExistingBucketName", existingBucket)).resources();

        assertTrue(resources.keySet().containsAll(Set.of("BackfillFunction", "BatchOperationsRole", "BackfillReportBucket")), resources.keySet().toString());
    }

    @Test
    void backfillFunction_policies_nameTheServedBucketAndWriteOnlyUnderThePrefix() {
        List<Map<String, Object>> statements = Policies.statements(new TemplateModes(Map.of()).resources().get("BackfillFunction"));

        Map<String, String> bySid = statements.stream().filter(s -> s.containsKey("Sid")).collect(Collectors.toMap(s -> (String) s.get("Sid"), s -> s.get("Resource").toString()));
        assertEquals("{Fn::Sub=[arn:${AWS::Partition}:s3:::${Name}/*, {Name=" + BUCKET_NAME + "}]}", bySid.get("ReadObjects"));
        assertEquals("{Fn::Sub=[arn:${AWS::Partition}:s3:::${Name}/${ThumbnailPrefix}*, {Name=" + BUCKET_NAME + "}]}", bySid.get("WriteDerivativesOnly"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void batchOperationsRole_trustsOnlyBatchOperationsOfThisAccountAndReadsNoObjects() {
        Map<String, Object> role = (Map<String, Object>) new TemplateModes(Map.of()).resources().get("BatchOperationsRole").get("Properties");

        Map<String, Object> trust = ((List<Map<String, Object>>) ((Map<String, Object>) role.get("AssumeRolePolicyDocument")).get("Statement")).getFirst();
        assertEquals(Map.of("Service", "batchoperations.s3.amazonaws.com"), trust.get("Principal"));
        assertEquals("{StringEquals={aws:SourceAccount={Ref=AWS::AccountId}}}", trust.get("Condition").toString());
        Map<String, Object> policy = (Map<String, Object>) ((List<Map<String, Object>>) role.get("Policies")).getFirst().get("PolicyDocument");
        Map<String, String> actions = ((List<Map<String, Object>>) policy.get("Statement")).stream()
                .collect(Collectors.toMap(s -> String.valueOf(s.get("Action")), s -> s.get("Resource").toString()));
        assertEquals(Map.of("lambda:InvokeFunction", "{Ref=BackfillFunction.Alias}",
                "s3:ListBucket", "{Fn::Sub=[arn:${AWS::Partition}:s3:::${Name}, {Name=" + BUCKET_NAME + "}]}",
                "s3:PutObject", "{Fn::Sub=${BackfillReportBucket.Arn}/*}"), actions);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportBucket_hasNoNotifications_soReportsNeverTriggerAFunction() {
        Map<String, Map<String, Object>> resources = new TemplateModes(Map.of()).resources();

        Map<String, Object> properties = (Map<String, Object>) resources.get("BackfillReportBucket").get("Properties");
        assertTrue(!properties.containsKey("NotificationConfiguration"));
        assertTrue(resources.values().stream().noneMatch(r -> r.toString().contains("Bucket={Ref=BackfillReportBucket}")),
                "no function event may name the report bucket");
    }
}
