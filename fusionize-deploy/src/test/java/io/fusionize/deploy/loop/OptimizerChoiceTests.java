package io.fusionize.deploy.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.fusionize.optimizer.FusionizeHeuristic;
import io.fusionize.optimizer.model.ModelOptimizer;
import org.junit.jupiter.api.Test;

/** Which optimizer a loop's options name. */
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
    void anUnknownOptimizerIsRejectedNamingTheAcceptedOnes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LoopOptions.builder("greeting").optimizer("genetic").build())
                .withMessage("unknown optimizer 'genetic'; choose fusionize or model");
    }
}
