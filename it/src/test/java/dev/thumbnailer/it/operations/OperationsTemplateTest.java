package dev.thumbnailer.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.thumbnailer.local.template.TemplateReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The template's alarms and dashboard watch what exists: alarms on the failure queue and on each
 * function's errors and throttles notify the alarm topic, and every custom metric the dashboard
 * graphs is one the handlers really write, in the namespace they write it to, with the dimensions
 * they give it (the names come from log lines of a real run, {@link EmittedMetrics}).
 */
class OperationsTemplateTest {

    static final Path ROOT = Path.of(System.getProperty("project.root", ".."));
    static final String NAMESPACE = "NAMESPACE";

    static Map<String, Object> globals;
    static Map<String, Object> resources;
    static JsonNode dashboard;
    static EmittedMetrics emitted;

    @BeforeAll
    static void read() throws Exception {
        Map<String, Object> template = TemplateReader.raw(ROOT.resolve("template.yaml"));
        globals = map(template.get("Globals"));
        resources = map(template.get("Resources"));
        String body = (String) map(properties("OperationsDashboard").get("DashboardBody")).get("Fn::Sub");
        dashboard = new ObjectMapper().readTree(substitute(body));
        emitted = EmittedMetrics.fromARealRun();
    }

    @Test
    void failureQueueAlarm_firesOnTheFirstMessageAndNotifiesTheTopic() {
        Map<String, Object> alarm = properties("FailedEventsAlarm");

        assertEquals("AWS/SQS", alarm.get("Namespace"));
        assertEquals("ApproximateNumberOfMessagesVisible", alarm.get("MetricName"));
        assertEquals(Map.of("Fn::GetAtt", List.of("FailedEventsQueue", "QueueName")), dimension(alarm, "QueueName"));
        assertEquals(1, alarm.get("Threshold"));
        assertEquals(List.of(Map.of("Ref", "AlarmTopic")), alarm.get("AlarmActions"));
    }

    @Test
    void everyFunction_hasErrorAndThrottleAlarmsToTheTopic() {
        Set<String> watched = new TreeSet<>();

        for (Map.Entry<String, Object> resource : resources.entrySet()) {
            Map<String, Object> r = map(resource.getValue());
            Map<String, Object> alarm = map(r.get("Properties"));
            if ("AWS::CloudWatch::Alarm".equals(r.get("Type")) && "AWS/Lambda".equals(alarm.get("Namespace"))) {
                assertEquals(List.of(Map.of("Ref", "AlarmTopic")), alarm.get("AlarmActions"), resource.getKey());
                watched.add(map(dimension(alarm, "FunctionName")).get("Ref") + " " + alarm.get("MetricName"));
            }
        }

        Set<String> expected = new TreeSet<>();
        functions().forEach(f -> expected.addAll(List.of(f + " Errors", f + " Throttles")));
        assertEquals(expected, watched);
    }

    @Test
    void alarmEmail_isAnOptionalEmailSubscriptionOfTheTopic() {
        Map<String, Object> subscription = map(resources.get("AlarmEmailSubscription"));

        assertEquals("HasAlarmEmail", subscription.get("Condition"));
        assertEquals("email", map(subscription.get("Properties")).get("Protocol"));
        assertEquals(Map.of("Ref", "AlarmTopic"), map(subscription.get("Properties")).get("TopicArn"));
    }

    @Test
    void dashboard_everyCustomMetricIsOneTheHandlersWriteWithItsDimensions() {
        List<String> problems = new ArrayList<>();

        for (JsonNode metric : metrics()) {
            if (metric.get(0).asText().equals(NAMESPACE)) {
                emitted.check(metric.get(1).asText(), dimensions(metric), problems);
            }
        }

        assertEquals(List.of(), problems);
    }

    @Test
    void dashboard_graphsOutcomesLatencyPercentilesBytesConcurrencyAndTheFailureQueue() {
        Set<String> graphed = new TreeSet<>();
        Set<String> stats = new TreeSet<>();

        for (JsonNode metric : metrics()) {
            graphed.add(metric.get(0).asText() + " " + metric.get(1).asText());
            JsonNode options = metric.get(metric.size() - 1);
            if (options.isObject() && options.has("stat")) {
                stats.add(options.get("stat").asText());
            }
        }

        assertTrue(graphed.containsAll(List.of(NAMESPACE + " Objects", NAMESPACE + " RecordMs", NAMESPACE + " SourceBytes",
                NAMESPACE + " OutputBytes", "AWS/Lambda ConcurrentExecutions", "AWS/SQS ApproximateNumberOfMessagesVisible")), graphed.toString());
        assertTrue(stats.containsAll(List.of("p50", "p90", "p99")), stats.toString());
        assertTrue(emitted.outcomes().containsAll(List.of("thumbnailed", "rejected", "skipped", "cleaned", "failed")), emitted.outcomes().toString());
    }

    @Test
    void everyS3EventFunction_pollsAQueueAtMostMaxConcurrencyAtOnceReportingOnlyFailedMessages() {
        for (String function : List.of("ThumbnailFunction", "CleanupFunction")) {
            Map<String, Object> event = properties(function).get("Events") instanceof Map<?, ?> events
                    ? map(map(events.values().iterator().next()).get("Properties")) : Map.of();

            assertEquals(Map.of("Ref", "MaxConcurrency"), map(event.get("ScalingConfig")).get("MaximumConcurrency"), function);
            assertEquals(List.of("ReportBatchItemFailures"), event.get("FunctionResponseTypes"), function);
            assertEquals("dev.thumbnailer.handler.QueuedEventHandler::handleRequest", properties(function).get("Handler"), function);
        }
    }

    @Test
    void eventQueues_visibilityIsSixFunctionTimeoutsAndFailuresAreRedrivenToTheFailureQueue() {
        Object timeout = map(globals.get("Function")).get("Timeout");

        for (String queue : List.of("CreatedEventsQueue", "RemovedEventsQueue")) {
            Map<String, Object> properties = properties(queue);
            assertTrue(((Number) properties.get("VisibilityTimeout")).intValue() >= 6 * ((Number) timeout).intValue(), queue);
            assertEquals(Map.of("Fn::GetAtt", List.of("FailedEventsQueue", "Arn")), map(properties.get("RedrivePolicy")).get("deadLetterTargetArn"));
            assertEquals(1_209_600, properties.get("MessageRetentionPeriod"), queue);
        }
    }

    @Test
    void dashboard_showsTheEventQueuesAge() {
        Set<String> aged = new TreeSet<>();

        for (JsonNode metric : metrics()) {
            if (metric.get(1).asText().equals("ApproximateAgeOfOldestMessage")) {
                aged.add(metric.get(3).asText());
            }
        }

        assertEquals(Set.of("CreatedEventsQueue.QueueName", "RemovedEventsQueue.QueueName"), aged);
    }

    private static List<JsonNode> metrics() {
        List<JsonNode> metrics = new ArrayList<>();
        dashboard.get("widgets").forEach(w -> w.path("properties").path("metrics").forEach(metrics::add));
        return metrics;
    }

    /** The dimension pairs of a dashboard metric row: [namespace, name, dim1, value1, ..., {options}?]. */
    private static Map<String, String> dimensions(JsonNode metric) {
        Map<String, String> dims = new java.util.TreeMap<>();
        for (int i = 2; i + 1 < metric.size() && metric.get(i).isTextual(); i += 2) {
            dims.put(metric.get(i).asText(), metric.get(i + 1).asText());
        }
        return dims;
    }

    /** ${...} of the dashboard's !Sub: the namespace parameter, the functions' names, other resources' attributes. */
    private static String substitute(String body) {
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = switch (name) {
                case "MetricsNamespace" -> NAMESPACE;
                case "AWS::Region" -> "us-east-1";
                default -> {
                    String resource = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                    assertTrue(resources.containsKey(resource), "the dashboard names ${" + name + "}, which is no resource");
                    yield functions().contains(name) ? EmittedMetrics.functionName(name) : name;
                }
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }

    private static List<String> functions() {
        return resources.entrySet().stream().filter(e -> "AWS::Serverless::Function".equals(map(e.getValue()).get("Type"))).map(Map.Entry::getKey).toList();
    }

    private static Object dimension(Map<String, Object> alarm, String name) {
        return ((List<?>) alarm.get("Dimensions")).stream().map(OperationsTemplateTest::map).filter(d -> name.equals(d.get("Name")))
                .findFirst().orElseThrow().get("Value");
    }

    private static Map<String, Object> properties(String logicalId) {
        return map(map(resources.get(logicalId)).get("Properties"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
