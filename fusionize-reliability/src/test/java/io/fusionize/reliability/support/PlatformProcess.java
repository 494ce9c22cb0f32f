package io.fusionize.reliability.support;

import io.fusionize.platform.StateLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The local platform in a process of its own on 127.0.0.1, so that a test can kill it with SIGKILL
 * and start it again on the same state directory and port (deployed functions keep the port in
 * their invoke URL).
 */
public final class PlatformProcess implements AutoCloseable {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path stateDirectory;
    private final int port;
    private final Path log;
    private final List<String> arguments;
    private JavaProcess process;
    private int starts;

    private PlatformProcess(Path stateDirectory, int port, Path log, Duration initTimeout) {
        this.stateDirectory = stateDirectory;
        this.port = port;
        this.log = log;
        this.arguments = List.of(stateDirectory.toString(), Integer.toString(port),
                Long.toString(initTimeout.toSeconds()));
    }

    /**
     * Starts a platform on a free port and waits until it answers its health probe.
     *
     * @param stateDirectory its state directory
     * @param log where its output goes
     * @return the running platform
     */
    public static PlatformProcess start(Path stateDirectory, Path log) {
        return start(stateDirectory, log, PlatformProcessMain.PATIENT_INIT);
    }

    /**
     * Starts a platform on a free port and waits until it answers its health probe.
     *
     * @param stateDirectory its state directory
     * @param log where its output goes
     * @param initTimeout how long an instance may take to initialize
     * @return the running platform
     */
    public static PlatformProcess start(Path stateDirectory, Path log, Duration initTimeout) {
        PlatformProcess platform = new PlatformProcess(stateDirectory, freePort(), log, initTimeout);
        platform.restart();
        return platform;
    }

    /**
     * Prepares a platform on a free port without starting it, for tests that expect it to refuse
     * to start; {@link #launch()} starts it.
     *
     * @param stateDirectory its state directory
     * @param log where its output goes
     * @return the platform, not running
     */
    public static PlatformProcess unstarted(Path stateDirectory, Path log) {
        return new PlatformProcess(stateDirectory, freePort(), log, PlatformProcessMain.PATIENT_INIT);
    }

    /** Starts the platform again on the same state directory and port, and waits until it is healthy. */
    public void restart() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the platform still runs as process " + process.pid());
        }
        starts++;
        process = JavaProcess.start(log, JVM_OPTIONS, PlatformProcessMain.class.getName(), arguments);
        awaitHealthy(START_LIMIT);
    }

    /**
     * Starts the platform without waiting for it, e.g. where it is expected to refuse to start.
     *
     * @return the process
     */
    public JavaProcess launch() {
        starts++;
        process = JavaProcess.start(log, JVM_OPTIONS, PlatformProcessMain.class.getName(), arguments);
        return process;
    }

    /**
     * Waits until {@code /health} answers 200.
     *
     * @param limit how long to wait at most
     * @throws IllegalStateException when the process exits or the limit passes first
     */
    public void awaitHealthy(Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the platform exited while starting:\n" + process.output());
            }
            if (healthy(Duration.ofSeconds(5))) {
                return;
            }
            Sleep.millis(200);
        }
        throw new IllegalStateException("the platform was not healthy within " + limit + ":\n" + process.output());
    }

    /**
     * @param timeout how long the probe may take
     * @return whether {@code /health} answered 200 within the timeout
     */
    public boolean healthy(Duration timeout) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(uri().resolve("/health"))
                    .timeout(timeout).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Kills the platform process with SIGKILL, then its orphaned instance processes, as a machine
     * crash would leave none of them.
     */
    public void kill9() {
        List<ProcessHandle> instances = ProcessHandle.of(process.pid()).map(h -> h.descendants().toList())
                .orElse(List.of());
        process.kill9();
        ProcessTree.killAll(instances);
    }

    /** @return the platform's base URL */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** @return the bearer token from the state directory */
    public String token() {
        try {
            return Files.readString(StateLayout.tokenFile(stateDirectory)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the running process */
    public JavaProcess process() {
        return process;
    }

    /** @return the state directory */
    public Path stateDirectory() {
        return stateDirectory;
    }

    /** @return how often the platform was started */
    public int starts() {
        return starts;
    }

    /** Stops the platform with SIGTERM, as Ctrl-C does, and kills whatever is left after 60 s. */
    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(60));
        }
    }

    /** @return a port nobody listens on now */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
