package io.fusionize.deploy.loop;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.fusionize.protocol.json.ProtocolJson;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.telemetry.TelemetryItem;
import io.fusionize.protocol.telemetry.TelemetryPage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A platform running on its own, reached by URL. Its telemetry is read from the platform's
 * telemetry feed ({@link TelemetryPage#PATH}) by one daemon thread per subscription,
 * starting with what the platform publishes after the subscription.
 */
final class RemotePlatform implements PlatformConnection {

    private static final Logger LOG = LoggerFactory.getLogger(RemotePlatform.class);
    /** How long one poll waits on the platform for something new. */
    static final long WAIT_MS = 10_000;
    /** Pause after a failed poll. */
    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);

    private final URI uri;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Thread> pollers = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    RemotePlatform(URI uri, String token) {
        this.uri = Objects.requireNonNull(uri, "uri must not be null");
        this.token = token;
    }

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public boolean subscribe(Consumer<String> reportJson, Consumer<String> logLine) {
        Objects.requireNonNull(reportJson, "reportJson must not be null");
        Objects.requireNonNull(logLine, "logLine must not be null");
        if (closed) {
            throw new IllegalStateException("the connection to " + uri + " is closed");
        }
        long start = newestSequence();
        Thread poller = new Thread(() -> poll(start, reportJson, logLine), "fz-telemetry-" + uri.getAuthority());
        poller.setDaemon(true);
        pollers.add(poller);
        poller.start();
        return true;
    }

    /** @return the newest item's sequence number, or 0 (read everything) when the platform does not answer */
    private long newestSequence() {
        try {
            return fetch(0, 0).latest();
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot reach the telemetry feed of " + uri
                    + " yet, will read it from its oldest item: " + e.getMessage());
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void poll(long start, Consumer<String> reportJson, Consumer<String> logLine) {
        long after = start;
        boolean failing = false;
        while (!closed) {
            try {
                TelemetryPage page = fetch(after, WAIT_MS);
                if (failing) {
                    LOG.info("telemetry from " + uri + " flows again");
                    failing = false;
                }
                if (page.dropped()) {
                    LOG.warn("some telemetry from " + uri + " was dropped before it"
                            + " was read: the platform restarted or this reader fell behind");
                }
                for (TelemetryItem item : page.items()) {
                    deliver(item, reportJson, logLine);
                }
                after = page.next();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException | RuntimeException e) {
                if (closed) {
                    return;
                }
                if (!failing) {
                    LOG.warn("cannot read telemetry from " + uri + ", retrying: "
                            + e.getMessage());
                    failing = true;
                }
                if (!pause()) {
                    return;
                }
            }
        }
    }

    private TelemetryPage fetch(long after, long waitMs) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri.toString().replaceAll("/+$", "")
                        + TelemetryPage.PATH + "?" + TelemetryPage.QUERY_AFTER + "=" + after
                        + "&" + TelemetryPage.QUERY_WAIT_MS + "=" + waitMs))
                .timeout(Duration.ofMillis(waitMs).plusSeconds(30)).GET();
        if (token != null) {
            request.header(LambdaApi.HEADER_AUTHORIZATION, LambdaApi.BEARER_PREFIX + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            throw new IOException("the platform refused the token (HTTP " + response.statusCode()
                    + "); pass the token from its state directory");
        }
        if (response.statusCode() == 404) {
            throw new IOException("the platform has no telemetry feed at " + TelemetryPage.PATH
                    + " (HTTP 404); it may be an older version");
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + ": " + response.body());
        }
        return ProtocolJson.mapper().readValue(response.body(), TelemetryPage.class);
    }

    private static void deliver(TelemetryItem item, Consumer<String> reportJson, Consumer<String> logLine) {
        // Items of a kind a newer platform added are passed over.
        try {
            if (item.carriesReport()) {
                reportJson.accept(ProtocolJson.write(item.report()));
            } else if (item.carriesLog()) {
                logLine.accept(item.line());
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot pass on platform telemetry: " + e, e);
        }
    }

    private boolean pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops every telemetry reader; the platform runs on. */
    @Override
    public void close() {
        closed = true;
        for (Thread poller : pollers) {
            poller.interrupt();
        }
        for (Thread poller : pollers) {
            try {
                poller.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
