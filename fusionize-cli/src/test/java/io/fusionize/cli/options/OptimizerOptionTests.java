package io.fusionize.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.optimizer.Goal;
import io.fusionize.protocol.billing.Architecture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** {@code --objective} and {@code --architecture}, parsed beside {@code --optimizer}. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class OptimizerOptionTests {

    @Command(name = "host")
    static final class Host {

        @Mixin
        OptimizerOption optimizer;
    }

    private static OptimizerOption parse(String... args) {
        Host host = new Host();
        new CommandLine(host).parseArgs(args);
        return host.optimizer;
    }

    @Test
    void aimsForBalanceOnX86ByDefault() {
        OptimizerOption option = parse();

        assertThat(option.goal()).isSameAs(Goal.BALANCED);
        assertThat(option.architecture()).isEqualTo(Architecture.X86_64);
    }

    @Test
    void takesAnObjectiveAndAnArchitecture() {
        OptimizerOption option = parse("--objective", "p95<=250", "--architecture", "arm64");

        assertThat(option.goal()).isEqualTo(new Goal.P95Bound(250));
        assertThat(option.architecture()).isEqualTo(Architecture.ARM64);
    }

    @Test
    void refusesABadObjectiveWithOneLine() {
        assertThatThrownBy(() -> parse("--objective", "p95<=abc")).isInstanceOf(ParameterException.class)
                .hasMessage("invalid objective 'p95<=abc': 'abc' is not a number of milliseconds; use balanced, "
                        + "latency, cost, p95<=MS or cost<=USD_PER_1K");
        assertThatThrownBy(() -> parse("--objective", "speed")).isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("invalid objective 'speed': it names no objective");
    }

    @Test
    void refusesAnUnknownArchitecture() {
        assertThatThrownBy(() -> parse("--architecture", "riscv")).isInstanceOf(ParameterException.class)
                .hasMessage("unknown architecture 'riscv'; choose x86_64 or arm64");
    }
}
