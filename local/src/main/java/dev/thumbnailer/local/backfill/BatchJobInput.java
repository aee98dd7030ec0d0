package dev.thumbnailer.local.backfill;

import dev.thumbnailer.image.ImageFormat;
import dev.thumbnailer.service.BackfillOptions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The input of S3 Control's CreateJob (as {@code aws s3control create-job --cli-input-json}) for a
 * backfill through S3 Batch Operations: S3's manifest generator lists the bucket, filtered by the
 * prefix and the image suffixes (no inventory needed), each object becomes a LambdaInvoke task of
 * BackfillFunction (schema 2.0, userArguments select the mode), and the completion report of all
 * tasks (rejections are Succeeded, so AllTasks) goes to the stack's report bucket. Printed rather
 * than sent: the SDK's S3 Control client does not resolve at the SDK version this project pins.
 */
final class BatchJobInput {

    /** What the stack's outputs give: BackfillFunctionArn, BatchOperationsRoleArn, BackfillReportBucketName. */
    record Stack(String accountId, String functionArn, String roleArn, String reportBucket) {
    }

    private BatchJobInput() {
    }

    static String json(String bucket, String prefix, String thumbnailPrefix, BackfillOptions options, Stack stack) {
        // Derivatives keep their original's extension, so the suffix filter keeps them for reconcile too.
        List<String> prefixes = new ArrayList<>();
        if (!prefix.isEmpty()) {
            prefixes.add(prefix);
            if (options.reconcile() && !thumbnailPrefix.startsWith(prefix)) {
                prefixes.add(thumbnailPrefix); // orphans live under the thumbnail prefix
            }
        }
        String filter = "\"MatchAnySuffix\": " + array(suffixes()) + (prefixes.isEmpty() ? "" : ", \"MatchAnyPrefix\": " + array(prefixes));
        return """
                {
                  "AccountId": "%s",
                  "ConfirmationRequired": true,
                  "Description": "s3-thumbnailer %s of s3://%s/%s",
                  "Priority": 10,
                  "ClientRequestToken": "%s",
                  "RoleArn": "%s",
                  "Operation": {"LambdaInvoke": {"FunctionArn": "%s", "InvocationSchemaVersion": "2.0", "UserArguments": %s}},
                  "ManifestGenerator": {"S3JobManifestGenerator": {"SourceBucket": "arn:aws:s3:::%s", "EnableManifestOutput": false,
                    "Filter": {"KeyNameConstraint": {%s}}}},
                  "Report": {"Enabled": true, "Bucket": "arn:aws:s3:::%s", "Prefix": "backfill-reports", "Format": "Report_CSV_20180820", "ReportScope": "AllTasks"}
                }
                """.formatted(stack.accountId(), options.reconcile() ? "reconcile" : "backfill", bucket, prefix, UUID.randomUUID(), stack.roleArn(),
                stack.functionArn(), userArguments(options), bucket, filter, stack.reportBucket());
    }

    private static String userArguments(BackfillOptions options) {
        return "{\"mode\": \"" + (options.reconcile() ? "reconcile" : "backfill") + "\", \"removeUnknownSizes\": \"" + options.removeUnknownSizes()
                + "\", \"dryRun\": \"" + options.dryRun() + "\"}";
    }

    /** Every extension the functions take, in lower and upper case (the generator's suffix match is case-sensitive). */
    static List<String> suffixes() {
        Set<String> all = new LinkedHashSet<>();
        for (ImageFormat format : ImageFormat.values()) {
            for (String extension : format.extensions()) {
                all.add("." + extension.toLowerCase(Locale.ROOT));
                all.add("." + extension.toUpperCase(Locale.ROOT));
            }
        }
        return List.copyOf(all);
    }

    private static String array(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").collect(Collectors.joining(", ", "[", "]"));
    }
}
