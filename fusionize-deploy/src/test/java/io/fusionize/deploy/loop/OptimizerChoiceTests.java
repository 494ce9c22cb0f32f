package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.fusionize.optimizer.FusionizeHeuristic;
import io.fusionize.optimizer.model.ModelOptimizer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which optimizer a loop's options name. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class OptimizerChoiceTests {

    @Test
    void theHeuristicIsTheDefault() {
        LoopOptions options = LoopOptions.builder("greeting").build();

        assertThat(options.optimizer()).isEqualTo(LoopOptions.FUSIONIZE_OPTIMIZER);
        assertThat(ControlLoop.optimizerFor(options)).isInstanceOf(FusionizeHeuristic.class);
    }

    @Test
    void modelNamesTheModelBasedOptimizer() {
        LoopOptions options = LoopOptions.builder("greeting").optimizer("model").build();

        assertThat(ControlLoop.optimizerFor(options)).isInstanceOf(ModelOptimizer.class);
    }

    @Test
    void anOptimizerIsBuiltByNameWithoutLoopOptions() {
        assertThat(ControlLoop.optimizerFor("model", List.of(512, 1024))).isInstanceOf(ModelOptimizer.class);
        assertThat(ControlLoop.optimizerFor("fusionize", List.of(512))).isInstanceOf(FusionizeHeuristic.class);
        assertThatIllegalArgumentException().isThrownBy(() -> ControlLoop.optimizerFor("genetic", List.of(512)))
                .withMessage("unknown optimizer 'genetic'; choose fusionize or model");
    }

    @Test
    void anUnknownOptimizerIsRejectedNamingTheAcceptedOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoopOptions.builder("greeting").optimizer("genetic").build())
                .withMessage("unknown optimizer 'genetic'; choose fusionize or model");
    }
}
