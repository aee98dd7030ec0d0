package dev.thumbnailer.local.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateReaderTest {

    @TempDir
    Path temp;

    private SamTemplate read(String yaml) throws IOException {
        return TemplateReader.read(Files.writeString(temp.resolve("template.yaml"), yaml));
    }

    private static final String TEMPLATE = """
            Transform: AWS::Serverless-2016-10-31
            Parameters:
              Sizes: {Type: String, Default: "s=10x10"}
              Quality: {Type: Number, Default: 85}
            Conditions:
              Never: !Equals [!Ref Sizes, "x"]
            Globals:
              Function:
                Runtime: java25
                CodeUri: function/
                Environment:
                  Variables:
                    SIZES: !Ref Sizes
                    QUALITY: !Ref Quality
                    ENDPOINT: !Ref AWS::NoValue
            Resources:
              Bucket:
                Type: AWS::S3::Bucket
                Properties:
                  BucketName: !Sub "${AWS::StackName}-${AWS::AccountId}"
              Thumbs:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: pkg.Thumbs::handleRequest
                  Environment:
                    Variables:
                      QUALITY: "90"
                      NAME: !Sub "${AWS::StackName}-${Sizes}-${!Literal}"
                  Events:
                    Up: {Type: S3, Properties: {Bucket: !Ref Bucket, Events: "s3:ObjectCreated:*", Filter: !If [Never, {}, !Ref AWS::NoValue]}}
              Clean:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: pkg.Clean
                  Runtime: java21
                  Events:
                    Down: {Type: S3, Properties: {Bucket: !Ref Bucket, Events: ["s3:ObjectRemoved:Delete", "s3:ObjectRemoved:DeleteMarkerCreated"]}}
            """;

    @Test
    void read_globalsAndShortFormTags_mergedAndResolvedToDefaults() throws IOException {
        FunctionSpec thumbs = read(TEMPLATE).function("Thumbs");

        assertEquals("pkg.Thumbs::handleRequest", thumbs.handler());
        assertEquals("function/", thumbs.codeUri());
        assertEquals("java25", thumbs.runtime());
        assertEquals(Map.of("SIZES", "s=10x10", "QUALITY", "90", "NAME", "local-s=10x10-${Literal}"), thumbs.environment());
    }

    @Test
    void read_noValueVariable_declaredButNotSet() throws IOException {
        FunctionSpec thumbs = read(TEMPLATE).function("Thumbs");

        assertTrue(thumbs.declaredVariables().contains("ENDPOINT"));
        assertFalse(thumbs.environment().containsKey("ENDPOINT"));
    }

    @Test
    void read_functionScalars_overrideGlobals() throws IOException {
        assertEquals("java21", read(TEMPLATE).function("Clean").runtime());
    }

    @Test
    void functionFor_s3EventNames_routeAsS3Would() throws IOException {
        SamTemplate template = read(TEMPLATE);

        assertEquals("Thumbs", template.functionFor("ObjectCreated:CompleteMultipartUpload").logicalId());
        assertEquals("Clean", template.functionFor("ObjectRemoved:DeleteMarkerCreated").logicalId());
        assertThrows(TemplateException.class, () -> template.functionFor("ObjectRestore:Completed"));
    }

    @Test
    void read_variableFromAResource_failsNamingWhere() throws IOException {
        TemplateException e = assertThrows(TemplateException.class,
                () -> read(TEMPLATE.replace("QUALITY: \"90\"", "QUALITY: !GetAtt Bucket.Arn")));

        assertTrue(e.getMessage().contains("Thumbs Environment.Variables.QUALITY"), e.getMessage());
    }

    @Test
    void read_repositoryTemplate_hasBothFunctionsOnTheirEvents() {
        SamTemplate template = TemplateReader.read(Path.of(System.getProperty("project.root", "..")).resolve("template.yaml"));

        assertEquals(List.of("s3:ObjectCreated:*"), template.function("ThumbnailFunction").s3Events());
        assertEquals(List.of("s3:ObjectRemoved:*"), template.function("CleanupFunction").s3Events());
        assertEquals("function/", template.function("CleanupFunction").codeUri());
    }
}
