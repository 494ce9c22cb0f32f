package io.fusionize.optimizer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModelOptionsTests {

    private final ModelOptions options = ModelOptions.defaults();

    @Test
    void buysCpuInProportionToMemoryUpToThePlatformsVcpus() {
        assertThat(options.vcpus(1769)).isEqualTo(1.0);
        assertThat(options.vcpus(885)).isCloseTo(0.5, within(0.001));
        assertThat(options.vcpus(10_240)).isEqualTo(2.0);
    }

    @Test
    void slowsCpuWorkByTheShareItsThreadsGet() {
        assertThat(options.cpuSlowdown(885, 1)).isCloseTo(2.0, within(0.01));
        assertThat(options.cpuSlowdown(3538, 1)).isEqualTo(1.0);
        assertThat(options.cpuSlowdown(3538, 2)).isEqualTo(0.5);
        assertThat(options.cpuSlowdown(10_240, 4)).isEqualTo(0.5);
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> options.withLatencyWeight(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latencyWeight");
        assertThatThrownBy(() -> options.withMemorySizes(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one size");
        assertThatThrownBy(() -> options.withMemorySizes(List.of(512, 512)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("distinct");
        assertThatThrownBy(() -> options.withMaxDeployments(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxDeployments");
        assertThatThrownBy(() -> options.withMaxExhaustiveEdges(40)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxExhaustiveEdges");
    }
}
