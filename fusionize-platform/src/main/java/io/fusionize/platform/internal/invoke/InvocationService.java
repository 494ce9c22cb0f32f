package io.fusionize.platform.internal.invoke;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.fusionize.platform.InvokeRequest;
import io.fusionize.platform.InvokeResult;
import io.fusionize.platform.PlatformException;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.platform.ResourceEnforcement;
import io.fusionize.platform.ThrottledException;
import io.fusionize.platform.internal.instance.InstanceManager;
import io.fusionize.platform.internal.instance.Invocation;
import io.fusionize.platform.internal.instance.InvocationOutcome;
import io.fusionize.platform.internal.report.LogRouter;
import io.fusionize.platform.internal.report.LogTail;
import io.fusionize.platform.internal.report.ReportPublisher;
import io.fusionize.platform.internal.state.FunctionNames;
import io.fusionize.platform.internal.state.FunctionRecord;
import io.fusionize.platform.internal.state.FunctionRegistry;
import io.fusionize.platform.internal.state.FunctionVersion;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaErrors;
import io.fusionize.protocol.lambda.LambdaLimits;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * Lambda's Invoke API: checks limits and names, queues {@code Event} invocations, runs
 * {@code RequestResponse} ones on an instance, and reports every invocation.
 */
public final class InvocationService {

    private static final byte[] EMPTY = new byte[0];

    private final FunctionRegistry registry;
    private final FunctionNames names;
    private final InstanceManager instances;
    private final ReportPublisher reports;
    private final LogRouter logs;
    private final PlatformSettings settings;
    private final ReportFactory reportFactory;
    private final RandomGenerator random = new SplittableRandom();
    private volatile EventAcceptor events;

    /**
     * @param registry the functions
     * @param names ARN rendering
     * @param instances runs invocations
     * @param reports receives a report per invocation
     * @param logs receives START, END and REPORT lines
     * @param settings limits, prices and network emulation
     * @param enforcement which limits are enforced, recorded in every report
     */
    public InvocationService(FunctionRegistry registry, FunctionNames names, InstanceManager instances,
            ReportPublisher reports, LogRouter logs, PlatformSettings settings, ResourceEnforcement enforcement) {
        this.registry = Objects.requireNonNull(registry, "registry must not be null");
        this.names = Objects.requireNonNull(names, "names must not be null");
        this.instances = Objects.requireNonNull(instances, "instances must not be null");
        this.reports = Objects.requireNonNull(reports, "reports must not be null");
        this.logs = Objects.requireNonNull(logs, "logs must not be null");
        this.settings = Objects.requireNonNull(settings, "settings must not be null");
        this.reportFactory = new ReportFactory(settings.priceTable(), enforcement);
    }

    /** @param acceptor where {@code Event} invocations are queued */
    public void useEventQueue(EventAcceptor acceptor) {
        this.events = Objects.requireNonNull(acceptor, "acceptor must not be null");
    }

    /**
     * Handles one Invoke call.
     *
     * @param request the call
     * @return completes with the answer, or exceptionally with a {@link PlatformException}
     * @throws PlatformException for a bad request, a missing function or a too-large payload
     */
    public CompletableFuture<InvokeResult> invoke(InvokeRequest request) {
        String type = invocationType(request.invocationType());
        int limit = LambdaLimits.maxPayloadBytes(type);
        if (request.payload().length > limit) {
            throw PlatformException.tooLarge(limit);
        }
        FunctionNames.Reference reference = FunctionNames.parse(request.functionName(), request.qualifier());
        FunctionVersion version = registry.resolve(reference.name(), reference.qualifier());
        requireJson(request.payload());
        return switch (type) {
            case LambdaApi.INVOCATION_DRY_RUN -> CompletableFuture.completedFuture(
                    new InvokeResult(204, EMPTY, null, null, version.version(), UUID.randomUUID().toString()));
            case LambdaApi.INVOCATION_EVENT -> CompletableFuture.completedFuture(queue(reference, request));
            default -> run(version, reference, request.payload(), LambdaApi.INVOCATION_REQUEST_RESPONSE,
                    LambdaApi.LOG_TYPE_TAIL.equals(request.logType()), request.clientContext());
        };
    }

    /**
     * Runs an invocation on an instance, as the async queue does for {@code Event} invocations.
     *
     * @param version the version to run
     * @param reference how the caller named it, for the invoked ARN
     * @param payload the event
     * @param invocationType {@code RequestResponse} or {@code Event}, as reported
     * @param tail whether to keep the log tail
     * @param clientContext the client context, or {@code null}
     * @return completes with the answer, or exceptionally with a {@link ThrottledException}
     */
    public CompletableFuture<InvokeResult> run(FunctionVersion version, FunctionNames.Reference reference,
            byte[] payload, String invocationType, boolean tail, String clientContext) {
        Invocation invocation = new Invocation(UUID.randomUUID().toString(), version, payload, invocationType,
                names.arn(reference.name(), reference.qualifier()), clientContext,
                tail ? new LogTail(LambdaLimits.LOG_TAIL_BYTES) : null);
        Duration overhead = invocationType.equals(LambdaApi.INVOCATION_REQUEST_RESPONSE)
                ? settings.networkOverhead().sample(random) : Duration.ZERO;
        if (overhead.isZero()) {
            return start(invocation);
        }
        // emulated network: the event reaches the platform later, as it would across a region
        return CompletableFuture.supplyAsync(() -> invocation,
                CompletableFuture.delayedExecutor(overhead.toNanos(), TimeUnit.NANOSECONDS))
                .thenCompose(this::start);
    }

    private CompletableFuture<InvokeResult> start(Invocation invocation) {
        FunctionVersion version = invocation.version();
        FunctionRecord record = registry.get(version.functionName());
        logLine(invocation, ReportFactory.startLine(invocation));
        try {
            instances.dispatch(invocation, record.reservedConcurrency());
        } catch (ThrottledException e) {
            reports.publish(reportFactory.throttled(invocation.requestId(), version, invocation.invocationType(),
                    e.errorType()));
            return CompletableFuture.failedFuture(e);
        }
        return invocation.finished().thenApply(this::answer);
    }

    private InvokeResult answer(Invocation invocation) {
        InvocationReport report = reportFactory.finished(invocation);
        logLine(invocation, ReportFactory.endLine(invocation));
        logLine(invocation, ReportFactory.reportLine(report));
        reports.publish(report);
        InvocationOutcome outcome = invocation.outcome();
        LogTail tail = invocation.tail();
        return new InvokeResult(200, outcome.body(), outcome.success() ? null : LambdaErrors.UNHANDLED,
                tail == null ? null : tail.base64(), invocation.version().version(), invocation.requestId());
    }

    private void logLine(Invocation invocation, String line) {
        if (invocation.tail() != null) {
            invocation.tail().append(line);
        }
        logs.platformLine(invocation.version().functionName(), line);
    }

    private InvokeResult queue(FunctionNames.Reference reference, InvokeRequest request) {
        EventAcceptor acceptor = events;
        if (acceptor == null) {
            throw new PlatformException(503, LambdaErrors.SERVICE, "The async event queue is not running");
        }
        String eventId = acceptor.accept(reference.name(), reference.qualifier(), request.payload());
        return new InvokeResult(202, EMPTY, null, null, null, eventId);
    }

    private static String invocationType(String header) {
        if (header == null || header.isBlank()) {
            return LambdaApi.INVOCATION_REQUEST_RESPONSE;
        }
        return switch (header) {
            case LambdaApi.INVOCATION_REQUEST_RESPONSE, LambdaApi.INVOCATION_EVENT,
                    LambdaApi.INVOCATION_DRY_RUN -> header;
            default -> throw PlatformException.invalidParameter(LambdaApi.HEADER_INVOCATION_TYPE + " must be "
                    + LambdaApi.INVOCATION_REQUEST_RESPONSE + ", " + LambdaApi.INVOCATION_EVENT + " or "
                    + LambdaApi.INVOCATION_DRY_RUN + ", not " + header);
        };
    }

    /** Lambda accepts only JSON events; an empty body counts as no event. */
    private static void requireJson(byte[] payload) {
        if (payload.length == 0) {
            return;
        }
        try (JsonParser parser = ProtocolJson.omittingNulls().getFactory().createParser(payload)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                parser.skipChildren();
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw PlatformException.invalidContent("Could not parse request body into json: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw PlatformException.invalidContent("Could not parse request body into json", e);
        }
    }
}
