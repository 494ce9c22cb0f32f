package io.fusionize.experiment.explore;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fusionize.protocol.json.ProtocolJson;

/**
 * Writes and reads {@code oracle.json}:
 * <pre>{@code
 * {"setupsInSpace": N, "measured": M,
 *  "setups": [{"setup": "A+B@1024, C@1024", "p50Ms": .., "p95Ms": .., "p50CiMs": [lo, hi],
 *              "costPer1kUsd": .., "failed": 0, "requests": n}, ...],
 *  "front": [indexes into setups, fastest first],
 *  "best": {"balanced": index, "latency": index, "cost": index}}
 * }</pre>
 * A latency is {@code null} when no request of the setup succeeded, a best index when no setup had
 * every request answered.
 */
public final class OracleJson {

    /** The file's name in the output directory. */
    public static final String FILE = "oracle.json";

    private static final ObjectMapper JSON = ProtocolJson.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OracleJson() {
    }

    /**
     * @param oracle what an exploration found
     * @param file where to write it, replacing any file there
     * @throws IOException when it cannot be written
     */
    public static void write(Oracle oracle, Path file) throws IOException {
        Objects.requireNonNull(oracle, "oracle must not be null");
        JSON.writeValue(file.toFile(), Document.of(oracle));
    }

    /**
     * @param file an {@code oracle.json}
     * @return its content
     * @throws IOException when it cannot be read or parsed
     */
    public static Document read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Document.class);
    }

    /**
     * The file's content.
     *
     * @param setupsInSpace how many setups the space holds
     * @param measured how many setups were measured
     * @param setups every measured setup
     * @param front the indexes of the Pareto-optimal setups
     * @param best the best setup per objective
     */
    @JsonPropertyOrder({"setupsInSpace", "measured", "setups", "front", "best"})
    public record Document(long setupsInSpace, int measured, List<Row> setups, List<Integer> front, Oracle.Best best) {

        static Document of(Oracle oracle) {
            return new Document(oracle.setupsInSpace(), oracle.measured(), oracle.setups().stream().map(Row::of)
                    .toList(), oracle.front(), oracle.best());
        }
    }

    /**
     * One measured setup.
     *
     * @param setup its text form
     * @param p50Ms its median latency, ms
     * @param p95Ms its 95th percentile, ms
     * @param p50CiMs the median's 95 % confidence interval, ms: {@code [low, high]}
     * @param costPer1kUsd its cost per 1,000 root requests, US$
     * @param failed failed requests
     * @param requests requests sent
     */
    @JsonPropertyOrder({"setup", "p50Ms", "p95Ms", "p50CiMs", "costPer1kUsd", "failed", "requests"})
    public record Row(String setup, Double p50Ms, Double p95Ms, List<Double> p50CiMs, double costPer1kUsd,
            long failed, long requests) {

        static Row of(MeasuredSetup setup) {
            LatencyFigures latency = setup.latency();
            return new Row(setup.setup(), orNull(latency.p50Ms()), orNull(latency.p95Ms()),
                    Arrays.asList(orNull(latency.p50LowMs()), orNull(latency.p50HighMs())), setup.costPer1kUsd(),
                    setup.failed(), setup.requests());
        }

        // JSON has no NaN: an unknown figure is null.
        private static Double orNull(double value) {
            return Double.isFinite(value) ? value : null;
        }
    }
}
