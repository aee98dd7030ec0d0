package dev.thumbnailer.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse.ResultCode;
import dev.thumbnailer.config.Settings;
import dev.thumbnailer.config.SettingsParser;
import dev.thumbnailer.image.ThumbnailSize;
import dev.thumbnailer.json.JsonWriter;
import dev.thumbnailer.service.Backfill;
import dev.thumbnailer.service.BackfillOptions;
import dev.thumbnailer.service.BackfillResult;
import dev.thumbnailer.storage.Failures;
import dev.thumbnailer.storage.ObjectStore;
import dev.thumbnailer.storage.S3Clients;
import dev.thumbnailer.storage.S3ObjectStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * BackfillFunction: S3 Batch Operations (invocation schema 2.0) hands it tasks, one object each;
 * the job's userArguments choose backfill or reconcile ({@link BatchArguments}). Task keys are
 * URL-encoded like notification keys and decoded once with the same strict {@link KeyDecoder}.
 *
 * <p>Per task: {@code Succeeded} with the {@link BackfillResult#resultString()} for every expected
 * outcome, <em>rejections included</em> ({@code rejected:unsupported_type}): a job fails once more
 * than half of its tasks (after the first 1000) have failed, and a bucket where most objects under
 * the prefix are not images (PDFs, videos) is a normal bucket, not a failed job; the completion
 * report still lists every rejection by code. {@code TemporaryFailure} for throttling, 5xx and
 * timeouts (Batch Operations retries those), {@code PermanentFailure} for the rest (a malformed
 * key, 403s such as a KMS denial), with {@code failed:<code>}.
 */
public final class BackfillHandler implements RequestHandler<S3BatchEventV2, S3BatchResponse> {

    private final FunctionComponents components;
    private final ObjectStore store;
    private final Consumer<String> log;
    private final SnapStartPriming priming;

    /** Used by the Lambda runtime: everything is built here, once per container. */
    public BackfillHandler() {
        this(System.getenv(), RecordEventHandler.STDOUT);
    }

    /** Built from an explicit environment, log lines to {@code logSink}: what local tools and tests use. */
    public BackfillHandler(Map<String, String> env, Consumer<String> logSink) {
        this(storeFrom(env), SettingsParser.parse(env), logSink);
    }

    /** Over a store built by the caller (tests that count or fail requests). */
    public BackfillHandler(ObjectStore store, Settings settings, Consumer<String> logSink) {
        this.components = FunctionComponents.withStore(settings, store);
        this.store = store;
        this.log = logSink;
        this.priming = SnapStartPriming.register(components); // held here: the CRaC context may hold it weakly
    }

    private static ObjectStore storeFrom(Map<String, String> env) {
        return new S3ObjectStore(S3Clients.create(SettingsParser.parse(env), env));
    }

    @Override
    public S3BatchResponse handleRequest(S3BatchEventV2 event, Context context) {
        List<S3BatchEventV2.Task> tasks = event.getTasks() == null ? List.of() : event.getTasks();
        return S3BatchResponse.fromS3BatchEvent(event).withTreatMissingKeysAs(ResultCode.PermanentFailure)
                .withResults(results(event.getJob() == null ? null : event.getJob().getUserArguments(), tasks)).build();
    }

    private List<S3BatchResponse.Result> results(Map<String, String> userArguments, List<S3BatchEventV2.Task> tasks) {
        Backfill backfill;
        try {
            backfill = backfill(BatchArguments.parse(userArguments));
        } catch (IllegalArgumentException e) {
            log.accept(line("level", "ERROR", "outcome", "failed", "error", e.getMessage()));
            return tasks.stream().map(task -> result(task, ResultCode.PermanentFailure, "invalid-user-arguments")).toList();
        }
        return tasks.stream().map(task -> run(backfill, task)).toList();
    }

    private Backfill backfill(BackfillOptions options) {
        Settings settings = components.settings();
        return new Backfill(store, components.thumbnails(), components.keys(), settings.sizes().stream().map(ThumbnailSize::name).toList(),
                settings::destinationFor, options);
    }

    private S3BatchResponse.Result run(Backfill backfill, S3BatchEventV2.Task task) {
        String key;
        try {
            key = KeyDecoder.decode(task.getS3Key());
        } catch (IllegalArgumentException e) {
            return logged(task, task.getS3Key(), result(task, ResultCode.PermanentFailure, "failed:malformed_key"));
        }
        try {
            BackfillResult outcome = backfill.process(task.getS3Bucket(), key, Optional.empty());
            return logged(task, key, result(task, ResultCode.Succeeded, outcome.resultString()));
        } catch (RuntimeException e) {
            ResultCode code = Failures.isTransient(e) ? ResultCode.TemporaryFailure : ResultCode.PermanentFailure;
            log.accept(line("level", "ERROR", "outcome", "failed", "bucket", task.getS3Bucket(), "key", key, "error", e.getMessage()));
            return result(task, code, "failed:" + Failures.code(e));
        }
    }

    private S3BatchResponse.Result logged(S3BatchEventV2.Task task, String key, S3BatchResponse.Result result) {
        log.accept(line("level", result.getResultCode() == ResultCode.Succeeded ? "INFO" : "WARN",
                "outcome", result.getResultString(), "bucket", task.getS3Bucket(), "key", key, "taskId", task.getTaskId()));
        return result;
    }

    /** One JSON log line from name, value pairs, in order; a null value is written as the string "null". */
    private static String line(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
        }
        return JsonWriter.write(fields);
    }

    private static S3BatchResponse.Result result(S3BatchEventV2.Task task, ResultCode code, String resultString) {
        return S3BatchResponse.Result.builder().withTaskId(task.getTaskId()).withResultCode(code).withResultString(resultString).build();
    }
}
