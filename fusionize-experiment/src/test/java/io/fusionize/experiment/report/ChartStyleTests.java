package io.fusionize.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Paint;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChartStyleTests {

    @Test
    void comparedSetupsKeepDistinctColoursNoRoundTakes() {
        List<Paint> compared = List.of(ChartStyle.colorOf(SetupRun.ALL_REMOTE, 0),
                ChartStyle.colorOf(SetupRun.ALL_LOCAL, 0), ChartStyle.colorOf(SetupRun.OPTIMIZED, 0));
        List<Paint> rounds = IntStream.range(0, 20).mapToObj(i -> ChartStyle.colorOf(SetupRun.roundName(i + 1), i))
                .toList();

        assertThat(compared).doesNotHaveDuplicates();
        assertThat(rounds).doesNotContainAnyElementsOf(compared);
    }
}
