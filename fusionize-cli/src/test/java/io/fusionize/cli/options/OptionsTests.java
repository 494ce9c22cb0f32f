package io.fusionize.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.cli.CliRun;
import io.fusionize.cli.support.CommandDefaults;
import io.fusionize.storage.DataDirectory;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

@Timeout(value = 300, unit = TimeUnit.SECONDS)
class OptionsTests {

    @Command(name = "host")
    static final class Host {

        @Mixin
        AppOption app;

        @Mixin
        StateDirOption state;

        @Mixin
        OptimizerOption optimizer;

        @Mixin
        PlatformOption.OrEmbedded platform;
    }

    @Command(name = "deploying-host")
    static final class DeployingHost {

        @Mixin
        PlatformOption.OrDefault platform;
    }

    private static Host parse(String... args) {
        Host host = new Host();
        new CommandLine(host).parseArgs(args);
        return host;
    }

    @Test
    void defaultsApplyWhereNothingIsGiven() {
        Host host = parse("--app", "iot");

        assertThat(host.app.application().name()).isEqualTo("iot");
        assertThat(host.state.path()).isEqualTo(Path.of(CommandDefaults.STATE_DIRECTORY));
        assertThat(host.optimizer.name()).isEqualTo("fusionize");
        assertThat(host.platform.given()).isFalse();
    }

    @Test
    void stateDirectoryHoldsTheTokenAndTheApplicationsData() {
        Host host = parse("--app", "iot", "--state", "some/dir");

        assertThat(host.state.tokenFile()).isEqualTo(Path.of("some/dir", "token"));
        assertThat(host.state.dataEnvironment()).containsExactlyEntriesOf(Map.of(
                DataDirectory.ENVIRONMENT_VARIABLE, Path.of("some/dir", "data").toAbsolutePath().toString()));
    }

    @Test
    void unknownOptimizerIsRefusedWhileParsing() {
        assertThatThrownBy(() -> parse("--app", "iot", "--optimizer", "genetic"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("unknown optimizer 'genetic'; choose fusionize or model");
    }

    @Test
    void platformDefaultsToTheLocalAddressWhereTheCommandNeedsOne() {
        DeployingHost host = new DeployingHost();
        new CommandLine(host).parseArgs();

        assertThat(host.platform.given()).isTrue();
        assertThat(host.platform.address()).isEqualTo(URI.create(CommandDefaults.PLATFORM_URL));
    }

    @Test
    void everyCommandDescribesTheSharedOptionsAlike() {
        for (String command : new String[] {"platform start", "deploy", "run", "status"}) {
            assertThat(help(command)).as(command).containsPattern("--state=DIR\\s+The state directory: ");
        }
        for (String command : new String[] {"setup generate", "setup validate", "setup diff", "invoke", "deploy",
            "run", "status", "experiment"}) {
            assertThat(help(command)).as(command).containsPattern("--app=APP\\s+The application's name\\.");
        }
    }

    private static String help(String command) {
        return CliRun.of((command + " --help").split(" ")).out();
    }
}
