package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.optimizer.FusionizeHeuristic;
import io.fusionize.optimizer.Goal;
import io.fusionize.optimizer.model.ModelOptimizer;
import io.fusionize.protocol.billing.Architecture;
import io.fusionize.protocol.billing.PriceTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The goal and the prices a loop's options give its optimizer and its embedded platform. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ObjectiveChoiceTests {

    @Test
    void balancedOnX86IsTheDefault() {
        LoopOptions options = LoopOptions.builder("greeting").build();

        assertThat(options.goal()).isSameAs(Goal.BALANCED);
        assertThat(options.architecture()).isEqualTo(Architecture.X86_64);
        assertThat(options.prices()).isEqualTo(PriceTable.awsX86());
    }

    @Test
    void arm64BringsItsPrices() {
        LoopOptions options = LoopOptions.builder("greeting").goal(Goal.COST).architecture(Architecture.ARM64)
                .build();

        assertThat(options.goal()).isSameAs(Goal.COST);
        assertThat(options.prices()).isEqualTo(PriceTable.awsArm64());
        assertThat(options.prices().name()).isEqualTo("aws-arm64");
    }

    @Test
    void bothOptimizersAreBuiltForAGoalAndPrices() {
        assertThat(ControlLoop.optimizerFor("model", List.of(512), Goal.LATENCY, PriceTable.awsArm64()))
                .isInstanceOf(ModelOptimizer.class);
        assertThat(ControlLoop.optimizerFor("fusionize", List.of(512), Goal.parse("cost<=0.01"),
                PriceTable.awsArm64())).isInstanceOf(FusionizeHeuristic.class);
    }
}
