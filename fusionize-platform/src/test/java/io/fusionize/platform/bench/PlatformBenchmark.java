package io.fusionize.platform.bench;

import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.platform.internal.dto.CreateFunctionRequest;
import io.fusionize.platform.internal.dto.Environment;
import io.fusionize.platform.internal.dto.FunctionCode;
import io.fusionize.platform.internal.dto.UpdateFunctionConfigurationRequest;
import io.fusionize.platform.support.TestCode;
import io.fusionize.platform.testfunctions.JsonFunction;
import io.fusionize.platform.testfunctions.NoOpFunction;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures the local platform on this machine: warm synchronous invoke latency and throughput of a
 * no-op function, and cold-start latency with and without class-data sharing.
 *
 * <p>Run (see docs/benchmarks-platform.md): {@code mvn -B -q -pl fusionize-platform test-compile
 * org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.classpathScope=test -Dexec.executable=java
 * "-Dexec.args=-cp %classpath io.fusionize.platform.bench.PlatformBenchmark"}. System properties
 * {@code bench.invokes}, {@code bench.warmup}, {@code bench.threads}, {@code bench.seconds},
 * {@code bench.coldStarts}, {@code bench.only} ({@code warm} or {@code cold}) and
 * {@code bench.jvmOptions} change the defaults.
 */
public final class PlatformBenchmark {

    private static final int WARMUP_INVOKES = Integer.getInteger("bench.warmup", 5_000);
    private static final int MEASURED_INVOKES = Integer.getInteger("bench.invokes", 20_000);
    private static final int THROUGHPUT_THREADS = Integer.getInteger("bench.threads", 2);
    private static final Duration THROUGHPUT_TIME = Duration.ofSeconds(Integer.getInteger("bench.seconds", 10));
    private static final int COLD_STARTS = Integer.getInteger("bench.coldStarts", 15);
    private static final byte[] EVENT = "{\"ping\":1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final Map<String, InvocationReport> reports = new ConcurrentHashMap<>();

    private PlatformBenchmark() {
    }

    /**
     * @param args ignored
     * @throws Exception if the platform fails
     */
    public static void main(String[] args) throws Exception {
        Path root = Files.createTempDirectory("fusionize-bench");
        Path code = TestCode.directory(Files.createDirectories(root.resolve("code")));
        PlatformBenchmark bench = new PlatformBenchmark();
        System.out.println("cores: " + Runtime.getRuntime().availableProcessors() + ", java "
                + System.getProperty("java.version"));
        String only = System.getProperty("bench.only", "all");
        if (!only.equals("cold")) {
            bench.warm(root.resolve("warm"), code);
        }
        if (!only.equals("warm")) {
            bench.cold(root.resolve("small"), code, NoOpFunction.class.getName(), "stream handler");
            Path jsonCode = TestCode.withJacksonLib(TestCode.directory(Files.createDirectories(root.resolve("json"))));
            bench.cold(root.resolve("jackson"), jsonCode, JsonFunction.class.getName(), "Jackson POJO handler");
        }
        System.exit(0);
    }

    private LocalPlatform start(Path state, boolean cds) {
        PlatformSettings.Builder settings = PlatformSettings.defaults().toBuilder().classDataSharing(cds)
                .globalConcurrency(64);
        String jvmOptions = System.getProperty("bench.jvmOptions");
        if (jvmOptions != null) {
            settings.jvmOptions(List.of(jvmOptions.trim().split("\\s+")));
        }
        LocalPlatform platform = LocalPlatform.builder().stateDir(state).port(0).settings(settings.build()).build()
                .start();
        platform.addReportListener(report -> reports.put(report.requestId(), report));
        System.out.println(platform.enforcement().describe() + "; instance JVM options "
                + platform.settings().jvmOptions());
        return platform;
    }

    private void warm(Path state, Path code) throws Exception {
        try (LocalPlatform platform = start(state, true)) {
            create(platform, "noop", code, 2048, NoOpFunction.class.getName());
            URI uri = URI.create(platform.uri() + "/2015-03-31/functions/noop/invocations");
            for (int i = 0; i < WARMUP_INVOKES; i++) {
                invoke(uri);
            }
            double[] latencies = new double[MEASURED_INVOKES];
            List<String> requestIds = new ArrayList<>(MEASURED_INVOKES);
            ProcessCpu cpu = ProcessCpu.start();
            for (int i = 0; i < MEASURED_INVOKES; i++) {
                long start = System.nanoTime();
                requestIds.add(invoke(uri));
                latencies[i] = (System.nanoTime() - start) / 1e6;
            }
            cpu.print(MEASURED_INVOKES);
            Thread.sleep(500);
            double[] durations = requestIds.stream().map(reports::get).filter(r -> r != null)
                    .mapToDouble(InvocationReport::durationMs).toArray();
            print("warm sync invoke, 1 client, client-observed latency", new Percentiles(latencies));
            print("warm sync invoke, function duration as reported", new Percentiles(durations));
            throughput(uri);
        }
    }

    /** Closed-loop clients, each with its own warm instance; measured after every client warmed up. */
    private static void throughput(URI uri) throws Exception {
        AtomicLong completed = new AtomicLong();
        AtomicLong end = new AtomicLong();
        // the barrier's action sets the end before any client is released
        CyclicBarrier warmedUp = new CyclicBarrier(THROUGHPUT_THREADS + 1,
                () -> end.set(System.nanoTime() + THROUGHPUT_TIME.toNanos()));
        CountDownLatch done = new CountDownLatch(THROUGHPUT_THREADS);
        for (int t = 0; t < THROUGHPUT_THREADS; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        invoke(uri);
                    }
                    warmedUp.await();
                    while (System.nanoTime() < end.get()) {
                        invoke(uri);
                        completed.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            });
            thread.start();
        }
        warmedUp.await();
        long start = end.get() - THROUGHPUT_TIME.toNanos();
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "throughput, %d closed-loop clients: %.0f invokes/s (%d in %.1f s)%n",
                THROUGHPUT_THREADS, completed.get() / seconds, completed.get(), seconds);
    }

    /**
     * Cold starts with and without class-data sharing, alternated round by round so that both see
     * the same load on this shared machine.
     */
    private void cold(Path root, Path code, String handler, String label) throws Exception {
        try (LocalPlatform plain = start(root.resolve("cold-no-cds"), false);
                LocalPlatform shared = start(root.resolve("cold-cds"), true)) {
            List<LocalPlatform> platforms = List.of(plain, shared);
            for (LocalPlatform platform : platforms) {
                create(platform, "cold", code, 1024, handler);
                forceColdStart(platform, -1);
                invoke(invokeUri(platform, "cold"));
            }
            awaitArchive(root.resolve("cold-cds"));
            double[][] latencies = new double[2][COLD_STARTS];
            double[][] inits = new double[2][COLD_STARTS];
            for (int round = 0; round < COLD_STARTS; round++) {
                for (int k = 0; k < 2; k++) {
                    int which = (round + k) % 2;
                    LocalPlatform platform = platforms.get(which);
                    forceColdStart(platform, round);
                    long start = System.nanoTime();
                    String requestId = invoke(invokeUri(platform, "cold"));
                    latencies[which][round] = (System.nanoTime() - start) / 1e6;
                    inits[which][round] = coldReport(requestId).initDurationMs();
                }
            }
            for (int which = 0; which < 2; which++) {
                String mode = label + (which == 1 ? ", with class-data sharing" : ", without class-data sharing");
                print("cold start, " + mode + ", client-observed latency of the first invoke (1024 MB)",
                        new Percentiles(latencies[which]));
                print("cold start, " + mode + ", reported init duration", new Percentiles(inits[which]));
            }
        }
    }

    private InvocationReport coldReport(String requestId) throws InterruptedException {
        for (int i = 0; i < 100 && !reports.containsKey(requestId); i++) {
            Thread.sleep(10);
        }
        InvocationReport report = reports.get(requestId);
        if (report == null || !report.coldStart()) {
            throw new IllegalStateException("invocation " + requestId + " was not a cold start");
        }
        return report;
    }

    private static URI invokeUri(LocalPlatform platform, String function) {
        return URI.create(platform.uri() + "/2015-03-31/functions/" + function + "/invocations");
    }

    /** A configuration change retires the instance, so the next invoke starts a new one. */
    private static void forceColdStart(LocalPlatform platform, int round) {
        platform.functions().updateConfiguration("cold", new UpdateFunctionConfigurationRequest(null, null, null,
                null, new Environment(Map.of("ROUND", Integer.toString(round))), null, null));
    }

    private static void awaitArchive(Path state) throws Exception {
        Path cds = state.resolve("cds");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.isDirectory(cds)) {
                try (var files = Files.list(cds)) {
                    if (files.anyMatch(f -> f.toString().endsWith(".jsa"))) {
                        return;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no class-data-sharing archive after 60 s");
    }

    private static void create(LocalPlatform platform, String name, Path code, int memoryMb, String handler) {
        platform.functions().create(new CreateFunctionRequest(name, "java17", null, handler,
                new FunctionCode(null, null, null, code.toString()), null, 10, memoryMb, false, null));
    }

    /** A keep-alive {@link HttpURLConnection} call: the leanest JDK client, so the figures show the platform. */
    private static String invoke(URI uri) throws Exception {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
        connection.setRequestMethod("POST");
        // buffered, not streamed: a streaming POST costs a 1 ms probe of the reused connection
        connection.setDoOutput(true);
        try (OutputStream out = connection.getOutputStream()) {
            out.write(EVENT);
        }
        int status = connection.getResponseCode();
        try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            in.readAllBytes();
        }
        if (status != 200) {
            throw new IllegalStateException("invoke answered " + status);
        }
        return connection.getHeaderField("x-amzn-RequestId");
    }

    private static void print(String label, Percentiles p) {
        System.out.printf(Locale.ROOT, "%s: n=%d p50=%.3f ms p90=%.3f ms p99=%.3f ms max=%.3f ms%n", label,
                p.count(), p.at(50), p.at(90), p.at(99), p.at(100));
    }
}
