package io.fusionize.cli.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.Application;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.core.setup.SetupText;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The setups every command accepts: the two baselines, the text form, and files of either form. */
class SetupSourcesTests {

    private final Application iot = Applications.find("iot");

    @TempDir
    Path temp;

    @Test
    void theBaselinesAreVersionOne() {
        assertThat(SetupSources.load(SetupSources.ALL_REMOTE, iot)).isEqualTo(SetupGenerators.allRemote(iot));
        assertThat(SetupSources.load(SetupSources.ALL_LOCAL, iot)).isEqualTo(SetupGenerators.allLocal(iot));
        assertThat(SetupSources.load(SetupSources.ALL_REMOTE, iot).version()).isEqualTo(1);
    }

    @Test
    void readsJsonAndTextFilesWhateverTheirNames() throws Exception {
        Setup setup = SetupGenerators.allLocal(iot).withVersion(4);
        Path json = Files.writeString(temp.resolve("setup.txt"), SetupJson.write(setup));
        Path text = Files.writeString(temp.resolve("setup.json"), SetupText.format(setup));

        assertThat(SetupSources.load(json.toString(), iot)).isEqualTo(setup);
        assertThat(SetupSources.load(text.toString(), iot)).isEqualTo(setup);
    }

    @Test
    void takesTheTextFormDirectly() {
        String text = "I+CW+SE@512, CT@128, CS+CSL+CSA@1024, CA+DJ@1024, AS@256";

        assertThat(SetupSources.load(text, iot)).isEqualTo(SetupText.parse(text, "iot"));
    }

    @Test
    void aMissingFileIsAUserErrorThatNamesTheAcceptedForms() {
        Path missing = temp.resolve("nope.json");

        assertThatThrownBy(() -> SetupSources.load(missing.toString(), iot)).isInstanceOf(UserInputException.class)
                .hasMessage("no such file: " + missing
                        + " (a setup is all-remote, all-local, a setup in text form or a file)");
    }
}
