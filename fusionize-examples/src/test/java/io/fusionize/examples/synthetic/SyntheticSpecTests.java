package io.fusionize.examples.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SyntheticSpecTests {

    private static final String KNOWN = "tasks, seed, async, depth, cpu, wait, memory, payload, entries";

    @Test
    void readsEveryParameter() {
        SyntheticSpec spec = SyntheticSpec.parse(
                "synthetic:tasks=50,seed=7,async=0.3,depth=4,cpu=2.5,wait=10,memory=16,payload=2000,entries=3");

        assertThat(spec).isEqualTo(new SyntheticSpec(50, 7, 0.3, 4, 2.5, 10, 16, 2000, 3));
    }

    @Test
    void leavesOutParametersAtTheirDefaults() {
        SyntheticSpec spec = SyntheticSpec.parse("synthetic:seed=7,tasks=50");

        assertThat(spec).isEqualTo(new SyntheticSpec(50, 7, 0.2, 8, 1, 0, 0, 100, 1));
        assertThat(spec.text()).isEqualTo("synthetic:tasks=50,seed=7");
        assertThat(spec.applicationName()).isEqualTo("synthetic_50_7");
    }

    @Test
    void writesItsCanonicalTextAndName() {
        SyntheticSpec spec = SyntheticSpec.parse("synthetic:cpu=2.50,tasks=100,async=0.3,seed=7,depth=8");

        assertThat(spec.text()).isEqualTo("synthetic:tasks=100,seed=7,async=0.3,cpu=2.5");
        assertThat(spec.applicationName()).isEqualTo("synthetic_100_7_a0p3_c2p5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "synthetic:tasks=1,seed=0",
        "synthetic:tasks=100000,seed=123456789,async=1,depth=16,cpu=0.05,wait=3,memory=8,payload=0,entries=9",
        "synthetic:tasks=20,seed=3,async=0,payload=1000000,entries=20"})
    void readsBackWhatItWrites(String text) {
        SyntheticSpec spec = SyntheticSpec.parse(text);

        assertThat(SyntheticSpec.parse(spec.text())).isEqualTo(spec);
        assertThat(SyntheticSpec.fromApplicationName(spec.applicationName())).contains(spec);
        assertThat(spec.applicationName()).matches("[a-zA-Z0-9_]+");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "iot", "synthetic", "synthetic_", "synthetic_5", "synthetic_5_1_x3", "synthetic_5_1_a0p2",
        "synthetic_5_1_c2_c3", "synthetic_007_1", "synthetic_5_1_e6", "synthetic_5_-1"})
    void readsNoSpecFromOtherNames(String name) {
        assertThat(SyntheticSpec.fromApplicationName(name)).isEmpty();
    }

    @Test
    void namesTheUnknownParameterAndTheKnownOnes() {
        assertThatThrownBy(() -> SyntheticSpec.parse("synthetic:tasks=5,x=1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown parameter 'x' in synthetic:tasks=5,x=1; known: " + KNOWN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "synthetic:tasks=5| missing parameter 'seed' in synthetic:tasks=5; required: tasks, seed",
        "synthetic:| missing parameter 'tasks' in synthetic:; required: tasks, seed",
        "synthetic:tasks=5,seed| expected key=value, found 'seed' in synthetic:tasks=5,seed",
        "synthetic:tasks=5,seed=1,| expected key=value, found '' in synthetic:tasks=5,seed=1,",
        "synthetic:tasks=5,seed=1,tasks=6| parameter 'tasks' is given twice in synthetic:tasks=5,seed=1,tasks=6",
        "synthetic:tasks=1.5,seed=1| tasks must be a whole number, was '1.5' in synthetic:tasks=1.5,seed=1",
        "synthetic:tasks=5,seed=-1| seed must be a whole number, was '-1' in synthetic:tasks=5,seed=-1",
        "synthetic:tasks=5,seed=1,async=x| async must be a number such as 0.5, was 'x' in synthetic:tasks=5,seed=1,async=x",
        "synthetic:tasks=5,seed=1,async=1.5| async must be between 0 and 1, was 1.5 in synthetic:tasks=5,seed=1,async=1.5",
        "synthetic:tasks=0,seed=1| tasks must be between 1 and 100000, was 0 in synthetic:tasks=0,seed=1",
        "synthetic:tasks=5,seed=1,depth=17| depth must be between 1 and 16, was 17 in synthetic:tasks=5,seed=1,depth=17",
        "synthetic:tasks=2,seed=1,entries=3| entries (3) must not exceed tasks (2) in synthetic:tasks=2,seed=1,entries=3",
        "tasks=5,seed=1| a synthetic application's spec starts with 'synthetic:', as in synthetic:tasks=10,seed=1; was 'tasks=5,seed=1'"})
    void explainsWhatIsWrong(String text, String message) {
        assertThatThrownBy(() -> SyntheticSpec.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void refusesNamesTooLongForAPlatformFunction() {
        String text = "synthetic:tasks=100000,seed=9223372036854775807,async=0.123,cpu=12.5,wait=100,memory=512";

        assertThatThrownBy(() -> SyntheticSpec.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function names such as synthetic_100000_9223372036854775807_a0p123_c12p5_w100_m512-t99999"
                        + " would be longer than 64 characters; use a shorter seed or fewer shape parameters in "
                        + text);
    }

    @Test
    void refusesAShareThatIsNotANumber() {
        assertThatThrownBy(() -> new SyntheticSpec(5, 1, Double.NaN, 8, 1, 0, 0, 100, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("async must be a finite number, was NaN");
    }
}
