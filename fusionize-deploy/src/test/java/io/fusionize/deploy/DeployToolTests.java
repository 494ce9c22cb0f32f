package io.fusionize.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupJson;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.fixture.GreetingApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployToolTests {

    private final ApplicationCode code = ApplicationCode.find(GreetingApplication.NAME);

    @TempDir
    Path temp;

    @Test
    void generatedSetupsGetVersionOne() {
        Setup remote = DeployTool.resolveSetup(code, DeployTool.ALL_REMOTE);
        Setup local = DeployTool.resolveSetup(code, DeployTool.ALL_LOCAL);

        assertThat(remote).isEqualTo(SetupGenerators.allRemote(code.application()).withVersion(1));
        assertThat(local).isEqualTo(SetupGenerators.allLocal(code.application()).withVersion(1));
    }

    @Test
    void readsSetupsFromJsonAndTextFiles() throws Exception {
        Setup setup = SetupGenerators.allLocal(code.application()).withVersion(4);
        Path json = Files.writeString(temp.resolve("setup.json"), SetupJson.write(setup));
        Path text = Files.writeString(temp.resolve("setup.txt"), SetupText.format(setup));

        assertThat(DeployTool.resolveSetup(code, json.toString())).isEqualTo(setup);
        assertThat(DeployTool.resolveSetup(code, text.toString())).isEqualTo(setup);
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> DeployTool.resolveSetup(code, temp.resolve("nope.json").toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("all-remote, all-local or an existing file");
    }

    @Test
    void unknownApplicationNamesTheAvailableOnes() {
        assertThatThrownBy(() -> ApplicationCode.find("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown application 'nope'").hasMessageContaining(GreetingApplication.NAME);
    }
}
