package dev.thumbnailer.it.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** BucketKmsKeyArn: every function (all of them read or write objects) may use that key, through S3, and nothing else may. */
class KmsTemplateTest {

    static final String KEY = "arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    static final String GRANT = "{Fn::If=[HasBucketKmsKey, {Sid=BucketKmsKey, Effect=Allow, Action=[kms:Decrypt, kms:GenerateDataKey], "
            + "Resource={Ref=BucketKmsKeyArn}, Condition={StringEquals={kms:ViaService={Fn::Sub=s3.${AWS::Region}.amazonaws.com}}}}, {Ref=AWS::NoValue}]}";

    @ParameterizedTest(name = "ExistingBucketName=\"{0}\"")
    @ValueSource(strings = {"", "photos-of-another-team"})
    void everyFunction_withAKey_mayDecryptAndGenerateDataKeysOnThatKeyOnly(String existingBucket) {
        TemplateModes mode = new TemplateModes(Map.of("ExistingBucketName", existingBucket, "BucketKmsKeyArn", KEY));

        mode.resources().forEach((id, resource) -> {
            if ("AWS::Serverless::Function".equals(resource.get("Type"))) {
                List<String> kms = Policies.statements(resource).stream().map(Object::toString).filter(s -> s.contains("kms:")).toList();
                assertEquals(List.of(GRANT), kms, id);
            }
        });
        assertFalse(mode.resources().get("BatchOperationsRole").toString().contains("kms:"), "the Batch Operations role reads no objects");
    }
}
