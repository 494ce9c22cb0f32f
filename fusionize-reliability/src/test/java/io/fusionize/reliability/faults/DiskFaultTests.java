package io.fusionize.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.cli.Fusionize;
import io.fusionize.platform.StateLayout;
import io.fusionize.reliability.support.FaultPlatform;
import io.fusionize.reliability.support.FunctionCode;
import io.fusionize.reliability.support.Invoker;
import io.fusionize.reliability.support.JavaProcess;
import io.fusionize.reliability.support.Marks;
import io.fusionize.reliability.support.PlatformProcess;
import io.fusionize.reliability.support.Prober;
import io.fusionize.reliability.support.Sleep;
import io.fusionize.reliability.support.Tmpfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The platform's state directory on a small tmpfs that fills up while the platform runs or before
 * it starts, or is read-only when it starts. Needs root to mount; without it the tests are skipped.
 * A state directory that turns read-only while the platform runs cannot be simulated here: Linux
 * refuses to remount a file system read-only while files on it are open for writing, and root
 * ignores permission bits; its effect on the platform, failing writes, is the full disk's.
 */
@Tag("slow")
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class DiskFaultTests {

    private static final Duration CLIENT_LIMIT = Duration.ofSeconds(60);
    private static final Duration EXIT_LIMIT = Duration.ofMinutes(3);

    @TempDir
    Path directory;

    /**
     * Must hold: while the disk is full, every event gets an answer, accepted (202) or refused
     * with an error; once space is free again, events are accepted without a restart; every
     * accepted event runs and no refused one does; another function answers throughout.
     */
    @Test
    void aDiskThatFillsUpRefusesEventsClearlyAndRecoversWhenFreed() throws Exception {
        try (Tmpfs disk = mount(256)) {
            eventsThroughAFault("full disk", disk, Tmpfs::fill, Tmpfs::free);
        }
    }

    /**
     * Must hold: a first start on a full disk exits with a message that names the cause and
     * leaves no empty token file behind; once space is free, the platform starts.
     */
    @Test
    void aFirstStartOnAFullDiskFailsClearlyAndTheNextStartWorks() throws Exception {
        try (Tmpfs disk = mount(16)) {
            disk.fill();
            String output = platformStart(disk.directory(), "full-start.log");
            System.out.println("full disk at start: " + output.trim());
            assertThat(output).containsIgnoringCase("no space left on device");
            Path token = StateLayout.tokenFile(disk.directory());
            assertThat(!Files.exists(token) || Files.size(token) > 0).as("no empty token file is left").isTrue();

            disk.free();
            try (PlatformProcess platform = PlatformProcess.start(disk.directory(), directory.resolve("platform.log"))) {
                assertThat(platform.token()).isNotBlank();
            }
        }
    }

    /**
     * Must hold: a start on a read-only state directory exits with a message that names the
     * cause; once writable again, the platform starts with its functions intact.
     */
    @Test
    void aStartOnAReadOnlyStateDirectoryFailsClearlyAndTheNextStartWorks() throws Exception {
        try (Tmpfs disk = mount(256)) {
            try (FaultPlatform platform = FaultPlatform.start(directory)) {
                assertThat(platform.invoker().sync(FaultPlatform.PROBE, null, "{}", CLIENT_LIMIT).ok()).isTrue();
            }
            disk.readOnly(true);
            String output = platformStart(disk.directory(), "read-only-start.log");
            System.out.println("read-only at start: " + output.trim());
            assertThat(output).containsIgnoringCase("read-only file system");

            disk.readOnly(false);
            try (PlatformProcess platform = PlatformProcess.start(disk.directory(), directory.resolve("again.log"))) {
                Invoker.Answer probe = new Invoker(platform.uri()).sync(FaultPlatform.PROBE, null, "{}",
                        Duration.ofMinutes(3));
                assertThat(probe.ok()).as("probe after the restart: %s", probe).isTrue();
            }
        }
    }

    private void eventsThroughAFault(String fault, Tmpfs disk, Consumer<Tmpfs> harm, Consumer<Tmpfs> repair)
            throws Exception {
        Marks marks = new Marks(Files.createDirectories(directory.resolve("marks")));
        List<String> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        try (FaultPlatform platform = FaultPlatform.start(directory)) {
            platform.create("marker", FunctionCode.FAULT_HANDLER, 256, 60);
            assertThat(platform.invoker().sync("marker", null, "{}", Duration.ofMinutes(3)).ok()).isTrue();
            try (Prober prober = Prober.start(platform.invoker(), FaultPlatform.PROBE)) {
                send(platform, marks, "before-0", accepted, refused, answers);
                harm.accept(disk);
                for (int i = 0; i < 10; i++) {
                    send(platform, marks, "during-" + i, accepted, refused, answers);
                }
                repair.accept(disk);
                for (int i = 0; i < 5; i++) {
                    Invoker.Answer answer = send(platform, marks, "after-" + i, accepted, refused, answers);
                    assertThat(answer.status()).as("event after the repair: %s", answer).isEqualTo(202);
                }
                marks.awaitEach(accepted, Duration.ofMinutes(5));
                // a bounded window for a refused event to show up, which it never may
                Sleep.millis(15_000);
                System.out.println(fault + ": " + accepted.size() + " accepted, " + refused.size() + " refused; "
                        + prober + "; answers while broken: " + answers);
                assertThat(prober.failures()).as("probes of another function during the " + fault).isEmpty();
            }
            assertThat(platform.invoker().health(CLIENT_LIMIT).status()).isEqualTo(200);
        }
        Map<String, List<Long>> runs = marks.all();
        assertThat(accepted).as("accepted events that never ran").allMatch(runs::containsKey);
        assertThat(refused).as("refused events that ran").noneMatch(runs::containsKey);
    }

    private static Invoker.Answer send(FaultPlatform platform, Marks marks, String id, List<String> accepted,
            List<String> refused, List<String> answers) {
        Invoker.Answer answer = platform.invoker().event("marker", marks.event(id, 0), CLIENT_LIMIT);
        assertThat(answer.answered()).as("answer to %s: %s", id, answer).isTrue();
        if (answer.status() == 202) {
            accepted.add(id);
        } else {
            // a refusal must say what went wrong, in Lambda's error shape
            assertThat(answer.errorType()).as("error type of the refusal of %s: %s", id, answer).isNotBlank();
            refused.add(id);
            answers.add(id + " → " + answer);
        }
        return answer;
    }

    private Tmpfs mount(int sizeMb) {
        try {
            return Tmpfs.mount(directory.resolve("state"), sizeMb);
        } catch (IllegalStateException e) {
            Assumptions.abort("cannot mount a tmpfs here (" + e.getMessage() + "); see docs/reliability.md");
            throw e;
        }
    }

    /**
     * Runs {@code fusionize platform start} as a user would and waits for it to give up.
     *
     * @return its output, which must be one clear error without a stack trace
     */
    private String platformStart(Path state, String log) throws InterruptedException {
        JavaProcess process = JavaProcess.start(directory.resolve(log), List.of(), Fusionize.class.getName(),
                List.of("platform", "start", "--state", state.toString(), "--port",
                        Integer.toString(PlatformProcess.freePort())));
        try (process) {
            String output = awaitExit(process);
            assertThat(output).as("output of a failed start").doesNotContain("\tat ");
            return output;
        }
    }

    private static String awaitExit(JavaProcess process) throws InterruptedException {
        Instant end = Instant.now().plus(EXIT_LIMIT);
        while (process.isAlive() && Instant.now().isBefore(end)) {
            Sleep.millis(200);
        }
        assertThat(process.isAlive()).as("the platform still runs after %s:%n%s", EXIT_LIMIT, process.output())
                .isFalse();
        return process.output();
    }
}
