package io.fusionize.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.Application;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SetupTextTests {

    private final Application iot = CallGraphs.iot();

    @Test
    void parsesEntryInlineTasksAndMemory() {
        Setup setup = SetupText.parse("I+CW+SE&CT@512, CS+CSL+CSA@1024, CT@128", "iot");

        assertThat(setup).isEqualTo(new Setup("iot", 1, List.of(
                new FunctionSpec("I", 512, Set.of("CW", "SE"), Set.of("CT")),
                new FunctionSpec("CS", 1024, Set.of("CSL", "CSA"), Set.of()),
                new FunctionSpec("CT", 128, Set.of(), Set.of()))));
    }

    @Test
    void readsApplicationAndVersionFromTheHeader() {
        Setup setup = SetupText.parse("iot v7: I@256");

        assertThat(setup.application()).isEqualTo("iot");
        assertThat(setup.version()).isEqualTo(7);
    }

    @Test
    void readsAVersionOnlyHeader() {
        assertThat(SetupText.parse(" v4 : I@256", "iot").version()).isEqualTo(4);
    }

    @Test
    void toleratesWhitespaceBetweenTokens() {
        assertThat(SetupText.parse("  I + CW & CT @ 512 ,CT@128  ", "iot"))
                .isEqualTo(SetupText.parse("I+CW&CT@512, CT@128", "iot"));
    }

    @Test
    void formatsWithHeaderSyncThenAsync() {
        Setup setup = new Setup("iot", 2, List.of(
                new FunctionSpec("CA", 1024, Set.of("DJ"), Set.of("AS")),
                new FunctionSpec("AS", 128, Set.of(), Set.of())));

        assertThat(SetupText.format(setup)).isEqualTo("iot v2: CA+DJ&AS@1024, AS@128");
    }

    @Test
    void writesATaskInlineForBothKindsWithBothSigns() {
        FunctionSpec function = new FunctionSpec("A", 512, Set.of("X"), Set.of("X"));

        assertThat(SetupText.format(function)).isEqualTo("A+X&X@512");
        assertThat(SetupText.parse("t v1: A+X&X@512").functions()).containsExactly(function);
    }

    @Test
    void roundTripsTheBaselinesThroughTextAndJson() {
        for (Setup setup : List.of(SetupGenerators.allRemote(iot), SetupGenerators.allLocal(iot),
                SetupGenerators.allLocal(CallGraphs.tree(), 512).withVersion(12))) {
            Setup viaText = SetupText.parse(SetupText.format(setup));
            Setup viaJsonAndText = SetupText.parse(SetupText.format(SetupJson.parse(SetupJson.write(setup))));

            assertThat(viaText).isEqualTo(setup);
            assertThat(viaJsonAndText).isEqualTo(setup);
            assertThat(SetupJson.parse(SetupJson.write(viaText))).isEqualTo(setup);
        }
    }

    @Test
    void keepsTheOrderOfInlineSets() {
        String text = "iot v1: I+SE+CW&CA&CT@512";

        assertThat(SetupText.format(SetupText.parse(text))).isEqualTo(text);
    }

    @Test
    void givesThePositionOfAMissingMemorySize() {
        assertThatThrownBy(() -> SetupText.parse("I+CW@512, CT", "iot"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup text at position 13: expected '+', '&' or '@MB' after the tasks of function CT,"
                        + " found the end of the text")
                .satisfies(e -> assertThat(((SetupFormatException) e).column()).isEqualTo(13));
    }

    @Test
    void givesThePositionOfAnUnexpectedCharacter() {
        assertThatThrownBy(() -> SetupText.parse("I+CW@512; CT@128", "iot"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup text at position 9: expected ',' between functions, found ';'");
    }

    @Test
    void givesThePositionOfAMissingTaskName() {
        assertThatThrownBy(() -> SetupText.parse("I+@512", "iot"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup text at position 3: expected a task name, found '@'");
    }

    @Test
    void refusesANonNumericMemorySize() {
        assertThatThrownBy(() -> SetupText.parse("I@lots", "iot"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup text at position 3: expected the memory size in MB after '@'");
    }

    @Test
    void refusesABadVersion() {
        assertThatThrownBy(() -> SetupText.parse("iot version1: I@512"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup text at position 5: expected a version such as v1, found 'version1'");
    }

    @Test
    void refusesAHeaderForAnotherApplication() {
        assertThatThrownBy(() -> SetupText.parse("tree v1: A@512", "iot"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup text at position 1: setup text is for application tree, not iot");
    }

    @Test
    void refusesTextWithoutApplication() {
        assertThatThrownBy(() -> SetupText.parse("I@512"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessageContaining("names no application");
    }

    @Test
    void refusesATaskTwiceInOneInlineSet() {
        assertThatThrownBy(() -> SetupText.parse("I+CW+CW@512", "iot"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup text at position 6: CW appears twice in the inline sync set of I");
    }

    @Test
    void refusesEmptyText() {
        assertThatThrownBy(() -> SetupText.parse("   ", "iot"))
                .isInstanceOf(SetupFormatException.class)
                .hasMessage("setup text at position 4: setup text is empty");
    }

    @Test
    void refusesToFormatANameTheTextCannotHold() {
        Setup setup = new Setup("iot", 1, List.of(new FunctionSpec("a b", 512, Set.of(), Set.of())));

        assertThatThrownBy(() -> SetupText.format(setup))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name 'a b' cannot be written in the setup text form");
    }
}
