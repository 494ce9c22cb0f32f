package io.fusionize.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.fusionize.deploy.load.RequestOrigin;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ReportWriterTests {

    @TempDir
    static Path dir;

    private static ReportFiles files;

    @BeforeAll
    static void writeReport() throws IOException {
        files = ReportWriter.write(Experiments.iot(), dir.resolve("out"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void summaryJsonHasExactlyTheAgreedShape() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(files.summary().toFile());

        assertThat(fieldNames(summary)).containsExactly("app", "workload", "setups", "deploymentsToConverge");
        assertThat(summary.get("app").asText()).isEqualTo("iot");
        assertThat(summary.get("deploymentsToConverge").asInt()).isEqualTo(5);
        assertThat(summary.get("setups")).hasSize(7);
        JsonNode local = summary.get("setups").get(1);
        assertThat(fieldNames(local))
                .containsExactly("name", "setup", "latencyMs", "costPer1kUsd", "coldStarts", "requests", "failed",
                        "blocks");
        assertThat(local.get("blocks").asInt()).isEqualTo(1);
        assertThat(fieldNames(local.get("latencyMs"))).containsExactly("p50", "p95", "p99");
        assertThat(local.get("name").asText()).isEqualTo("all-local");
        assertThat(local.get("requests").asLong()).isEqualTo(200);
        assertThat(local.get("failed").asLong()).isEqualTo(40);
        assertThat(local.get("latencyMs").get("p50").asDouble()).isBetween(10_000.0, 15_000.0);
    }

    @Test
    void summaryJsonSaysWhereTheRequestsCameFrom() throws IOException {
        ExperimentResult fromFile = withRequests(RequestOrigin.file(Path.of("shop.jsonl"), 7));
        ExperimentResult own = withRequests(RequestOrigin.application(true, 42));

        ReportFiles written = ReportWriter.write(fromFile, dir.resolve("from-file"));
        JsonNode summary = new ObjectMapper().readTree(written.summary().toFile());
        JsonNode ownRequests = new ObjectMapper().readTree(ReportWriter.write(own, dir.resolve("own")).summary()
                .toFile()).get("requests");

        assertThat(fieldNames(summary)).containsExactly("app", "workload", "requests", "setups",
                "deploymentsToConverge");
        assertThat(summary.get("requests").toString()).isEqualTo("{\"source\":\"file\",\"file\":\"shop.jsonl\","
                + "\"seed\":7}");
        assertThat(ownRequests.toString()).isEqualTo("{\"source\":\"application\",\"seed\":42}");
        assertThat(Summary.read(written.summary())).isEqualTo(Summary.of(fromFile));
    }

    private static ExperimentResult withRequests(RequestOrigin origin) {
        ExperimentResult result = Experiments.iot();
        return new ExperimentResult(result.app(), result.workload(), result.platform(), result.scale(), result.runs(),
                result.trajectory(), result.deploymentsToConverge(), result.notes(), result.blocks(),
                result.explorationEnd(), Optional.of(origin));
    }

    @Test
    void summaryReadsBackAsWritten() throws IOException {
        assertThat(Summary.read(files.summary())).isEqualTo(Summary.of(Experiments.iot()));
    }

    @Test
    void markdownHasOneTableRowPerSetup() throws IOException {
        List<String> lines = Files.readAllLines(files.markdown());
        int header = lines.indexOf(MarkdownReport.RESULTS_HEADER);
        int rounds = lines.indexOf(MarkdownReport.RESULTS_HEADER.replace("vs all-remote", "vs round 1"));

        assertThat(header).isPositive();
        assertThat(lines.subList(header + 2, header + 5)).extracting(line -> line.split("\\|")[1].strip())
                .containsExactly("all-remote", "all-local", "optimized");
        assertThat(rounds).isGreaterThan(header);
        assertThat(lines.subList(rounds + 2, rounds + 6)).extracting(line -> line.split("\\|")[1].strip())
                .containsExactly("round-1", "round-2", "round-3", "round-4");
    }

    @Test
    void rawDataHoldsEveryRequest() throws IOException {
        List<String> lines = Files.readAllLines(files.rawData());

        assertThat(lines.get(0)).isEqualTo(RawDataWriter.HEADER);
        assertThat(lines).hasSize(1 + 7 * 200);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("all-local,1,0,").endsWith(",false,\"trace-0\",\"HTTP 504\""));
        assertThat(lines.get(1).split(",", -1)).hasSize(11);
    }

    @Test
    void rawDataNamesEachRequestsBlock(@TempDir Path out) throws IOException {
        ReportFiles blocks = ReportWriter.write(Experiments.inBlocks(), out);

        List<String> lines = Files.readAllLines(blocks.rawData());

        assertThat(lines).hasSize(1 + 5 * 20);
        assertThat(lines.stream().skip(1).map(line -> line.substring(0, line.indexOf(',', line.indexOf(',') + 1)))
                .distinct()).containsExactly("all-remote,1", "all-remote,2", "all-local,1", "optimized,1",
                        "optimized,2");
    }

    @Test
    void summaryListsTheBlocksOfSetupsMeasuredInBlocks(@TempDir Path out) throws IOException {
        JsonNode setups = new ObjectMapper().readTree(ReportWriter.write(Experiments.inBlocks(), out).summary()
                .toFile()).get("setups");

        JsonNode remote = setups.get(0);
        assertThat(remote.get("name").asText()).isEqualTo("all-remote");
        assertThat(remote.get("blocks").asInt()).isEqualTo(2);
        assertThat(remote.get("requests").asLong()).isEqualTo(40);
        assertThat(remote.get("perBlock")).hasSize(2);
        assertThat(fieldNames(remote.get("perBlock").get(1))).containsExactly("block", "setup", "latencyMs",
                "costPer1kUsd", "coldStarts", "requests", "failed", "cpuMean");
        assertThat(remote.get("perBlock").get(1).get("latencyMs").get("p50").asDouble()).isBetween(59.9, 60.1);
        assertThat(remote.get("perBlock").get(1).get("cpuMean").asDouble()).isEqualTo(0.97);
        assertThat(Summary.read(out.resolve("summary.json"))).isEqualTo(Summary.of(Experiments.inBlocks()));
    }

    @Test
    void plotsAreReadablePngs() throws IOException {
        for (Path png : List.of(files.latencyCdf(), files.cost(), files.trajectory())) {
            BufferedImage image = ImageIO.read(png.toFile());

            assertThat(image).as(png.toString()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(ChartStyle.WIDTH);
            assertThat(image.getHeight()).isEqualTo(ChartStyle.HEIGHT);
            assertThat(Files.size(png)).as(png.toString()).isGreaterThan(15_000);
            assertThat(distinctColours(image)).as(png.toString()).isGreaterThan(20);
        }
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
