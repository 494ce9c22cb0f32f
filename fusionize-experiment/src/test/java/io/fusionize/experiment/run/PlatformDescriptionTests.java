package io.fusionize.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.experiment.report.PlatformSettings;
import io.fusionize.optimizer.Goal;
import io.fusionize.protocol.billing.Architecture;
import io.fusionize.protocol.billing.PriceTable;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The platform settings a report names: the objective and the architecture among them. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class PlatformDescriptionTests {

    @Test
    void statesTheObjectiveAndTheArchitecture() {
        ExperimentOptions options = ExperimentOptions.builder("iot", "bursty", Path.of("out"))
                .goal(Goal.parse("p95<=250")).architecture(Architecture.ARM64).build();
        io.fusionize.platform.PlatformSettings settings = io.fusionize.platform.PlatformSettings.defaults()
                .toBuilder().priceTable(options.prices()).build();

        PlatformSettings described = PlatformDescription.of(settings, new PlatformReportFlags(), options);

        assertThat(described.priceTable()).isEqualTo(PriceTable.awsArm64());
        assertThat(described.other()).contains("Objective: p95<=250 (the lowest cost per 1,000 requests among setups "
                + "whose p95 is at most 250 ms); architecture: arm64, billed and forecast at aws-arm64 prices");
    }

    @Test
    void statesTheDefaults() {
        ExperimentOptions options = ExperimentOptions.builder("iot", "bursty", Path.of("out")).build();

        PlatformSettings described = PlatformDescription.of(io.fusionize.platform.PlatformSettings.defaults(),
                new PlatformReportFlags(), options);

        assertThat(described.other()).contains("Objective: balanced (latency and cost balanced); architecture: "
                + "x86_64, billed and forecast at aws-x86 prices");
    }
}
