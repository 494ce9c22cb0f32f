package io.fusionize.acceptance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real command and the real Maven as child processes, each with a bounded wait. */
final class Processes {

    private Processes() {
    }

    /**
     * One finished process.
     *
     * @param exitCode its exit code
     * @param output what it printed, standard output and error merged
     */
    record Finished(int exitCode, String output) {
    }

    /** @return the command's jar, as the build just made it */
    static Path cliJar() {
        Path jar = Path.of(System.getProperty("fusionize.cli.jar", "../fusionize-cli/target/fusionize-cli.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no command jar at " + jar.toAbsolutePath() + "; build fusionize-cli first");
        }
        return jar;
    }

    /**
     * @param directory the working directory
     * @param timeout how long it may take; then it is killed and the test fails
     * @param arguments the command's arguments
     * @return the finished command
     */
    static Finished fusionize(Path directory, Duration timeout, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", cliJar().toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        return run(directory, timeout, command);
    }

    /**
     * Runs Maven offline on the local repository this build uses.
     *
     * @param directory the project directory
     * @param timeout how long the build may take
     * @param goals the goals and options
     * @return the finished build
     */
    static Finished maven(Path directory, Duration timeout, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of("mvn", "-o", "-B"));
        String repository = System.getProperty("maven.repo.local");
        if (repository != null && !repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(goals));
        return run(directory, timeout, command);
    }

    private static Finished run(Path directory, Duration timeout, List<String> command) throws Exception {
        Path log = Files.createTempFile("fusionize-acceptance-", ".log");
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout
                        + "; its output:\n" + read(log));
            }
            return new Finished(process.exitValue(), read(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String read(Path log) throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
