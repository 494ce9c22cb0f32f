package io.fusionize.platform.internal.instance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads an instance's merged stdout and stderr line by line, on its own thread. */
final class LogPump implements Runnable {

    private final Instance instance;
    private final InputStream output;

    LogPump(Instance instance, InputStream output) {
        this.instance = instance;
        this.output = output;
    }

    static void start(Instance instance, InputStream output) {
        Thread thread = new Thread(new LogPump(instance, output), "fz-log-" + instance.id());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                instance.onOutputLine(line);
            }
        } catch (IOException e) {
            // the process is gone; its output ends here
        } finally {
            instance.onOutputClosed();
        }
    }
}
