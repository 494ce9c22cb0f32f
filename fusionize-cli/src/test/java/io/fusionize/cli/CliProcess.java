package io.fusionize.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code fusionize} command in a JVM of its own, for what needs a real process: running in the
 * foreground until stopped, and shutdown hooks.
 */
public final class CliProcess {

    private CliProcess() {
    }

    /**
     * Runs the command, sends SIGTERM (what Ctrl-C's SIGINT also does to a JVM: run its shutdown
     * hooks) once a line contains {@code stopWhen}, and collects everything it printed.
     *
     * @param stopWhen the text that says the command is up
     * @param args the command-line arguments
     * @return standard output and error, interleaved, one line each
     * @throws IOException when the process cannot be started
     * @throws InterruptedException when interrupted while waiting for it to end
     */
    public static List<String> runUntil(String stopWhen, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Fusionize.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                lines.add(line);
                if (line.contains(stopWhen)) {
                    // Unlike Process.destroy(), the handle leaves the output open to read to its end.
                    process.toHandle().destroy();
                }
            }
        } finally {
            process.destroyForcibly();
        }
        process.waitFor(1, TimeUnit.MINUTES);
        return lines;
    }
}
