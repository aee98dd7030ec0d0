package dev.thumbnailer.local.backfill;

import dev.thumbnailer.service.BackfillOptions;
import java.util.Optional;

/**
 * The command line of {@code ./backfill}.
 *
 * @param batchJob instead of running here, print the S3 Batch Operations CreateJob input for the stack's outputs
 */
record BackfillOptionsCli(String bucket, String prefix, BackfillOptions backfill, int concurrency, Optional<BatchJobInput.Stack> batchJob) {

    static final String USAGE = """
            usage: ./backfill --bucket NAME [--prefix P] [--reconcile [--remove-unknown-sizes]] [--dry-run] [--concurrency N]
                   ./backfill --bucket NAME [--prefix P] [--reconcile ...] --batch-job --account-id ID --function-arn ARN --role-arn ARN --report-bucket NAME

              Creates the missing and stale thumbnails of the images already in a bucket (same THUMBNAIL_SIZES and
              THUMBNAIL_PREFIX as the functions: set them in the environment). --reconcile also removes orphans,
              thumbnails whose original is gone; --remove-unknown-sizes also removes size folders no longer configured.
              --dry-run changes nothing and says what it would do. Safe to interrupt and run again: current
              objects cost only HEAD requests. AWS credentials, region, AWS_ENDPOINT_URL_S3 and
              S3_FORCE_PATH_STYLE come from the environment. Exit status 1 if anything failed, 2 on bad usage.
              --batch-job prints the input of `aws s3control create-job --cli-input-json` for a job that does the
              same through S3 Batch Operations and BackfillFunction (see docs/existing-bucket.md).
            """;

    static BackfillOptionsCli parse(String... args) {
        String bucket = null;
        String prefix = "";
        boolean reconcile = false;
        boolean unknownSizes = false;
        boolean dryRun = false;
        int concurrency = 8;
        boolean batchJob = false;
        String account = null;
        String function = null;
        String role = null;
        String reports = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bucket" -> bucket = value(args, ++i);
                case "--prefix" -> prefix = value(args, ++i);
                case "--reconcile" -> reconcile = true;
                case "--remove-unknown-sizes" -> unknownSizes = true;
                case "--dry-run" -> dryRun = true;
                case "--concurrency" -> concurrency = positive(value(args, ++i));
                case "--batch-job" -> batchJob = true;
                case "--account-id" -> account = value(args, ++i);
                case "--function-arn" -> function = value(args, ++i);
                case "--role-arn" -> role = value(args, ++i);
                case "--report-bucket" -> reports = value(args, ++i);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("--bucket is required");
        }
        if (unknownSizes && !reconcile) {
            throw new IllegalArgumentException("--remove-unknown-sizes only makes sense with --reconcile");
        }
        Optional<BatchJobInput.Stack> stack = batchJob ? Optional.of(new BatchJobInput.Stack(required(account, "--account-id"),
                required(function, "--function-arn"), required(role, "--role-arn"), required(reports, "--report-bucket"))) : Optional.empty();
        return new BackfillOptionsCli(bucket, prefix, new BackfillOptions(reconcile, unknownSizes, dryRun), concurrency, stack);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int positive(String text) {
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 256) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--concurrency must be a number from 1 to 256, got " + text);
    }

    private static String required(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException("--batch-job needs " + option + " (from the stack's outputs)");
        }
        return value;
    }
}
