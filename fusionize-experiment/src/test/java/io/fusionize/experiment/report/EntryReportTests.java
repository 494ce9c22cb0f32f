package io.fusionize.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fusionize.deploy.load.ScaleFactor;
import io.fusionize.monitor.DurationSummary;
import io.fusionize.monitor.EntryStatistics;
import io.fusionize.monitor.SetupStatistics;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EntryReportTests {

    private static DurationSummary latency(double ms) {
        return new DurationSummary(10, ms, ms, ms, ms, ms);
    }

    private static SetupStatistics statistics(List<EntryStatistics> entries) {
        return new SetupStatistics("shop", 1, 100, latency(12), latency(10), 1.0, 0, 0, 0, List.of(), List.of(),
                entries);
    }

    private static EntryStatistics entry(String task, long requests, double share, DurationSummary client,
                                         double rootMs) {
        return new EntryStatistics(task, requests, share, requests, client, latency(rootMs), 1.0);
    }

    private static SetupRun run(String name, double latencyMs, List<EntryFigures> entries) {
        return new SetupRun(name, "shop v1: B@1024, O@1024", Experiments.steady(latencyMs, 20), 0.01, 0, 3,
                Experiments.CALM, entries);
    }

    private static List<EntryFigures> twoEntries(double browseMs, double orderMs) {
        return List.of(new EntryFigures("B", 80, 0.8, browseMs), new EntryFigures("O", 20, 0.2, orderMs));
    }

    private static ExperimentResult shop() {
        return new ExperimentResult("shop", Experiments.WORKLOAD, Experiments.iot().platform(), ScaleFactor.none(),
                List.of(run(SetupRun.ALL_REMOTE, 40, twoEntries(30, 80)),
                        run(SetupRun.OPTIMIZED, 20, twoEntries(15, 40.25))), List.of(), 3);
    }

    @Test
    void takesEachEntrysShareAndMedianAtTheGatewayFromTheMonitor() {
        SetupStatistics stats = statistics(List.of(entry("B", 80, 0.8, latency(31), 30),
                entry("O", 20, 0.2, DurationSummary.empty(), 78)));

        List<EntryFigures> figures = EntryFigures.of(stats);

        assertThat(figures).containsExactly(new EntryFigures("B", 80, 0.8, 31),
                new EntryFigures("O", 20, 0.2, 78));
    }

    @Test
    void showsNothingPerEntryForASingleEntry() {
        SetupStatistics stats = statistics(List.of(entry("I", 100, 1.0, latency(12), 10)));

        assertThat(EntryFigures.of(stats)).isEmpty();
        assertThat(MarkdownReport.render(Experiments.iot())).doesNotContain("Entry tasks");
    }

    @Test
    void poolsBlocksByAddingRequestsAndWeighingMediansByThem() {
        List<EntryFigures> first = twoEntries(10, 100);
        List<EntryFigures> second = List.of(new EntryFigures("B", 60, 0.6, 20), new EntryFigures("O", 40, 0.4, 50));

        List<EntryFigures> pooled = EntryFigures.pool(List.of(first, second));

        assertThat(pooled).extracting(EntryFigures::entryTask).containsExactly("B", "O");
        assertThat(pooled.get(0).requests()).isEqualTo(140);
        assertThat(pooled.get(0).requestShare()).isCloseTo(0.7, within(1e-12));
        assertThat(pooled.get(0).p50Ms()).isCloseTo((10 * 80 + 20 * 60) / 140.0, within(1e-9));
        assertThat(pooled.get(1).p50Ms()).isCloseTo((100 * 20 + 50 * 40) / 60.0, within(1e-9));
    }

    @Test
    void poolsTheEntriesOfASetupsBlocks() {
        SetupRun pooled = BlockPooling.pool(List.of(
                new BlockRun(1, run(SetupRun.OPTIMIZED, 20, twoEntries(10, 100)), 20),
                new BlockRun(2, run(SetupRun.OPTIMIZED, 20, twoEntries(20, 50)), 20)));

        assertThat(pooled.entries()).extracting(EntryFigures::requests).containsExactly(160L, 40L);
        assertThat(pooled.entries().get(0).p50Ms()).isCloseTo(15, within(1e-9));
    }

    @Test
    void listsEachEntrysShareAndMedianPerSetup() {
        String markdown = MarkdownReport.render(shop());

        assertThat(markdown).contains("## Entry tasks")
                .contains("| setup | entry | requests | share | p50 ms |")
                .contains("| all-remote | B | 80 | 80 % | 30.0 |")
                .contains("| optimized | O | 20 | 20 % | 40.3 |");
    }

    @Test
    void summaryListsEachEntryWhenThereAreSeveral(@TempDir Path out) throws IOException {
        ReportFiles files = ReportWriter.write(shop(), out);

        JsonNode setup = new ObjectMapper().readTree(files.summary().toFile()).get("setups").get(0);

        assertThat(setup.get("entries")).hasSize(2);
        assertThat(setup.get("entries").get(0).get("entryTask").asText()).isEqualTo("B");
        assertThat(setup.get("entries").get(0).get("requestShare").asDouble()).isEqualTo(0.8);
        assertThat(setup.get("entries").get(1).get("p50Ms").asDouble()).isEqualTo(80);
        assertThat(Summary.read(files.summary())).isEqualTo(Summary.of(shop()));
    }
}
