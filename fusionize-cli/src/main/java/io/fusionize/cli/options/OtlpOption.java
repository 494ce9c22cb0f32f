package io.fusionize.cli.options;

import io.fusionize.deploy.loop.TelemetryTap;
import io.fusionize.monitor.otel.OpenTelemetrySpanExport;
import io.fusionize.monitor.otel.TelemetrySpanFeed;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --otlp-endpoint URL}: exports one span per invocation and per call, following the FaaS
 * semantic conventions, to an OpenTelemetry receiver over OTLP/HTTP (protobuf).
 */
public final class OtlpOption {

    /** The path OTLP/HTTP receivers take traces at. */
    public static final String TRACES_PATH = "/v1/traces";
    private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(10);

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--otlp-endpoint", paramLabel = "URL",
            description = "Export one span per invocation and per call over OTLP/HTTP (protobuf) to URL, e.g."
                + " http://127.0.0.1:4318 (" + TRACES_PATH + " is added when the path is empty).")
    private URI endpoint;

    /** @return the traces URL, or {@code null} when no endpoint was given */
    public URI tracesUrl() {
        if (endpoint == null) {
            return null;
        }
        String path = endpoint.getPath();
        return path == null || path.isEmpty() || path.equals("/") ? endpoint.resolve(TRACES_PATH) : endpoint;
    }

    /**
     * Opens the span export when an endpoint was given.
     *
     * @param say receives where spans go
     * @return the feed to pass telemetry to, or empty
     * @throws ParameterException when the endpoint is not an http or https URL
     */
    public Optional<TelemetrySpanFeed> open(Consumer<String> say) {
        if (endpoint == null) {
            return Optional.empty();
        }
        if (!"http".equals(endpoint.getScheme()) && !"https".equals(endpoint.getScheme())
                || endpoint.getHost() == null) {
            throw new ParameterException(command.commandLine(), "--otlp-endpoint must be an http or https URL, not "
                    + endpoint);
        }
        OtlpHttpSpanExporter exporter = OtlpHttpSpanExporter.builder().setEndpoint(tracesUrl().toString())
                .setTimeout(EXPORT_TIMEOUT).build();
        say.accept("spans: OTLP/HTTP to " + tracesUrl());
        return Optional.of(new TelemetrySpanFeed(new OpenTelemetrySpanExport(exporter)));
    }

    /**
     * @param feed a span feed
     * @return a tap that passes a platform's telemetry to it
     */
    public static TelemetryTap tap(TelemetrySpanFeed feed) {
        return new TelemetryTap() {
            @Override
            public void report(String json) {
                feed.acceptReportJson(json);
            }

            @Override
            public void logLine(String line) {
                feed.acceptLogLine(line);
            }
        };
    }
}
