package io.fusionize.cli.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.core.app.Applications;
import io.fusionize.deploy.load.LoadRequests;
import io.fusionize.deploy.load.RequestChoice;
import io.fusionize.deploy.load.RequestFileException;
import io.fusionize.deploy.load.RequestOrigin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RequestsOptionTests {

    @TempDir
    Path directory;

    @Command(name = "host")
    static final class Host {

        @Mixin
        RequestsOption requests;
    }

    private static RequestsOption parse(String... args) {
        Host host = new Host();
        new CommandLine(host).parseArgs(args);
        return host.requests;
    }

    @Test
    void withoutOptionsTheApplicationsOwnRequestsAreDrawnWithTheDefaultSeed() {
        RequestsOption requests = parse();

        assertThat(requests.given()).isFalse();
        assertThat(requests.choice()).isEqualTo(RequestChoice.defaults());
        assertThat(requests.check(Applications.find("iot")).origin())
                .isEqualTo(RequestOrigin.application(true, LoadRequests.DEFAULT_SEED));
    }

    @Test
    void aFileAndASeedAreTakenAsGiven() throws Exception {
        Path file = Files.writeString(directory.resolve("iot.jsonl"),
                "{\"payload\": {\"seed\": 1}, \"entry\": \"I\"}\n");

        RequestsOption requests = parse("--requests", file.toString(), "--seed", "7");

        assertThat(requests.given()).isTrue();
        assertThat(requests.fileGiven()).isTrue();
        assertThat(requests.choice()).isEqualTo(new RequestChoice(Optional.of(file), 7));
        assertThat(requests.check(Applications.find("iot")).origin()).isEqualTo(RequestOrigin.file(file, 7));
    }

    @Test
    void aSeedAloneKeepsTheApplicationsRequests() {
        RequestsOption requests = parse("--seed", "-3");

        assertThat(requests.given()).isTrue();
        assertThat(requests.fileGiven()).isFalse();
        assertThat(requests.choice()).isEqualTo(new RequestChoice(Optional.empty(), -3));
    }

    @Test
    void checkingReadsTheFileAgainstTheApplication() throws Exception {
        Path file = Files.writeString(directory.resolve("iot.jsonl"), "{\"payload\": {}, \"entry\": \"CW\"}\n");

        assertThatThrownBy(() -> parse("--requests", file.toString()).check(Applications.find("iot")))
                .isInstanceOf(RequestFileException.class)
                .hasMessage(file + " line 1: unknown entry 'CW'; iot's entries: I");
    }
}
