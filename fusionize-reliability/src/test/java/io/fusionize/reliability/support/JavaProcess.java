package io.fusionize.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started from this test's class path in a process of its own, its output in a log file, so
 * that a test can measure it and kill it with SIGKILL. Closing it kills what is still running,
 * with every descendant (instance processes of a platform, for example).
 */
public final class JavaProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private JavaProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * @param log where the process's standard output and error go (appended)
     * @param jvmOptions options for the JVM, such as {@code -Xmx256m}
     * @param mainClass the class to run
     * @param args its arguments
     * @return the started process
     */
    public static JavaProcess start(Path log, List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            return new JavaProcess(process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        }
    }

    /** @return the operating system's process id */
    public long pid() {
        return process.pid();
    }

    /** @return whether the process still runs */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** @return the log file */
    public Path log() {
        return log;
    }

    /** @return what the process has written so far */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sends SIGKILL, as {@code kill -9} does, and waits for the process to be gone; its children
     * are left running, as they would be after a crash.
     *
     * @return the exit code, 137 on Linux
     */
    public int kill9() {
        try {
            new ProcessBuilder("kill", "-9", Long.toString(pid())).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("process " + pid() + " survived SIGKILL");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + pid(), e);
        }
    }

    /**
     * Asks the process to stop (SIGTERM) and waits up to the given time before killing it.
     *
     * @param grace how long it may take to stop cleanly
     * @return whether it stopped on its own within the grace time
     */
    public boolean stop(Duration grace) {
        // taken first: once the process is gone, its children are re-parented and no longer found
        List<ProcessHandle> descendants = process.toHandle().descendants().toList();
        process.destroy();
        try {
            return process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            close();
            ProcessTree.killAll(descendants);
        }
    }

    /** Kills the process and every descendant still running; waits a bounded time for them. */
    @Override
    public void close() {
        ProcessTree.killAll(process.toHandle());
    }
}
