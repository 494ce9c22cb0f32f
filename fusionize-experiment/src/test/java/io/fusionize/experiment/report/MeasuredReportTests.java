package io.fusionize.experiment.report;

import io.fusionize.protocol.billing.PriceTable;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import io.fusionize.api.Request;
import io.fusionize.deploy.load.GatewayRequestSender;
import io.fusionize.deploy.load.LoadGenerator;
import io.fusionize.deploy.load.LoadProfiles;
import io.fusionize.deploy.load.LoadResult;
import io.fusionize.deploy.load.ProgressListener;
import io.fusionize.deploy.load.ScaleFactor;
import io.fusionize.experiment.machine.CpuSampler;
import io.fusionize.experiment.machine.CpuUtilization;

/** Measures a real endpoint the way an experiment runner does and reports it. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class MeasuredReportTests {

    private static HttpServer serverSleeping(long millis) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange; OutputStream out = exchange.getResponseBody()) {
                exchange.getRequestBody().readAllBytes();
                Thread.sleep(millis);
                exchange.sendResponseHeaders(200, 2);
                out.write("{}".getBytes());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
        return server;
    }

    private static SetupRun measure(String name, long endpointMillis) throws IOException {
        HttpServer server = serverSleeping(endpointMillis);
        try (CpuSampler sampler = new CpuSampler(Path.of("/proc/stat"), Duration.ofMillis(50))) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            sampler.start();
            LoadResult load = LoadGenerator.builder(LoadProfiles.constant(50, Duration.ofMillis(400)),
                    new GatewayRequestSender(uri, "echo", n -> new Request("echo", "{}"), Duration.ofSeconds(60)))
                    .label(name).progress(ProgressListener.none()).build().run();
            CpuUtilization cpu = sampler.stop();
            return new SetupRun(name, name + "-setup", load, 0.02, 1, 1, cpu);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reportsAFasterSetupAsAnImprovementOverAllRemote(@TempDir Path dir) throws IOException {
        // 400 ms apart: more than a busy machine adds to a 5 ms endpoint's median
        SetupRun remote = measure(SetupRun.ALL_REMOTE, 400);
        SetupRun optimized = measure(SetupRun.OPTIMIZED, 5);
        ExperimentResult result = new ExperimentResult("echo", remote.load().workload(),
                new PlatformSettings(false, false, "off", PriceTable.awsX86(), PlatformSettings.currentJvm()),
                ScaleFactor.none(), List.of(remote, optimized), List.of(OptimizerRound.of(1, optimized)), 1);

        ReportFiles files = ReportWriter.write(result, dir);
        Summary summary = Summary.read(files.summary());

        assertThat(summary.setups()).extracting(Summary.SetupSummary::requests).containsExactly(20L, 20L);
        assertThat(summary.setups().get(0).latencyMs().p50()).isGreaterThanOrEqualTo(400.0);
        assertThat(summary.setups().get(1).latencyMs().p50()).isLessThan(summary.setups().get(0).latencyMs().p50());
        assertThat(MarkdownReport.render(result)).containsPattern("\\| optimized \\|.*\\| -\\d+\\.\\d % \\| 0\\.0 % \\|");
    }
}
