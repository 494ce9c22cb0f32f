package io.fusionize.experiment.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OracleFilesTests {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path out;

    @Test
    void oracleJsonHasExactlyTheAgreedShape() throws Exception {
        ExplorationWriter.write(Figures.exploration(Figures.fiveSetups()), out);

        JsonNode json = new ObjectMapper().readTree(out.resolve(OracleJson.FILE).toFile());
        assertThat(json.fieldNames()).toIterable().containsExactly("setupsInSpace", "measured", "setups", "front",
                "best");
        assertThat(json.get("setupsInSpace").asLong()).isEqualTo(64);
        assertThat(json.get("measured").asInt()).isEqualTo(5);
        JsonNode first = json.get("setups").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactly("setup", "p50Ms", "p95Ms", "p50CiMs",
                "costPer1kUsd", "failed", "requests");
        assertThat(first.get("setup").asText()).isEqualTo("A@1024, B@1024");
        assertThat(first.get("p50Ms").asDouble()).isEqualTo(100.0);
        assertThat(first.get("p95Ms").asDouble()).isEqualTo(150.0);
        assertThat(first.get("p50CiMs").toString()).isEqualTo("[90.0,110.00000000000001]");
        assertThat(first.get("costPer1kUsd").asDouble()).isEqualTo(0.010);
        assertThat(first.get("failed").asLong()).isZero();
        assertThat(first.get("requests").asLong()).isEqualTo(20);
        assertThat(json.get("front").toString()).isEqualTo("[1,2,4]");
        assertThat(json.get("best").toString()).isEqualTo("{\"balanced\":2,\"latency\":1,\"cost\":4}");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Path file = out.resolve(OracleJson.FILE);
        OracleJson.write(Figures.fiveSetups(), file);

        OracleJson.Document document = OracleJson.read(file);

        assertThat(document.setups()).hasSize(5);
        assertThat(document.setups().get(2).p50Ms()).isEqualTo(50.0);
        assertThat(document.best()).isEqualTo(new Oracle.Best(2, 1, 4));
    }

    @Test
    void unknownFiguresAreNullAndNoBestIsNull() throws Exception {
        MeasuredSetup nothingAnswered = new MeasuredSetup("A@1024", LatencyFigures.of(new double[0]), 0.01, 4, 4, 1);
        Path file = out.resolve(OracleJson.FILE);
        OracleJson.write(Oracle.of(1, List.of(nothingAnswered), OptionalInt.of(0)), file);

        JsonNode json = new ObjectMapper().readTree(file.toFile());

        assertThat(json.get("setups").get(0).get("p50Ms").isNull()).isTrue();
        assertThat(json.get("setups").get(0).get("p50CiMs").toString()).isEqualTo("[null,null]");
        assertThat(json.get("best").toString()).isEqualTo("{\"balanced\":null,\"latency\":null,\"cost\":null}");
    }

    @Test
    void theChartIsAPng() throws Exception {
        ExplorationWriter.write(Figures.exploration(Figures.fiveSetups()), out);

        byte[] png = Files.readAllBytes(out.resolve(FrontChart.FILE));
        assertThat(png).startsWith(PNG_SIGNATURE);
        assertThat(png.length).isGreaterThan(5_000);
    }

    @Test
    void theChartOfNothingMeasuredIsAPngToo() throws Exception {
        Path file = out.resolve(FrontChart.FILE);
        FrontChart.write(Oracle.of(4, List.of(), OptionalInt.empty()), "nothing", file);

        assertThat(Files.readAllBytes(file)).startsWith(PNG_SIGNATURE);
    }

    @Test
    void theReportListsEverySetupByMedianWithTheFrontAndTheBestMarked() throws Exception {
        ExplorationWriter.write(Figures.exploration(Figures.fiveSetups()), out);

        String md = Files.readString(out.resolve(OracleReport.FILE));
        assertThat(md).startsWith("# Oracle: tree\n").contains("Measured 5 of 13 planned setups; the space holds 64"
                + " setups: 64 routings x 1 memory size (8 setups keep every async call remote).")
                .contains("- Took 12 min 34 s.").contains("| balanced | 2 | `A+B@1024` | 50.0 | 0.0060 |")
                .contains("- balanced: the model-based optimizer's objective");
        List<String> rows = md.lines().filter(line -> line.matches("\\| \\d \\| `.*")).toList();
        assertThat(rows).extracting(row -> row.substring(2, 3)).containsExactly("1", "2", "3", "0", "4");
        assertThat(rows.get(0)).isEqualTo("| 1 | `A+B@2048` | 40.0 | 36.0–44.0 | 60.0 | 0.0120 | 0 / 20 | 2 | yes "
                + "| latency |");
        assertThat(rows.get(2)).endsWith("| 0 / 20 | 2 |  |  |");
    }

    @Test
    void tookReadsInMinutesAndSeconds() {
        assertThat(OracleReport.took(java.time.Duration.ofMillis(44_600))).isEqualTo("45 s");
        assertThat(OracleReport.took(java.time.Duration.ofSeconds(3_605))).isEqualTo("60 min 5 s");
    }
}
