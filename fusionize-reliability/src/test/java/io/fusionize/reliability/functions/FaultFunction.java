package io.fusionize.reliability.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The function the fault tests deploy as a plain Lambda handler. The event's {@code action} picks
 * what it does: {@code echo} (the default); {@code mark} ({@code dir}, {@code id}, {@code ms}):
 * sleeps, then writes one new file per run into {@code dir}, so that a test counts the runs of
 * each event; {@code logs} ({@code mb}): prints that many megabytes of log lines; {@code hang}:
 * never returns and ignores interrupts; {@code big} ({@code bytes}): answers that many bytes.
 */
public final class FaultFunction implements RequestStreamHandler {

    private static final Pattern ACTION = Pattern.compile("\"action\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern DIR = Pattern.compile("\"dir\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([\\w-]+)\"");
    private static final long PID = ProcessHandle.current().pid();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        String result = switch (text(ACTION, event, "echo")) {
            case "mark" -> mark(Path.of(text(DIR, event, ".")), text(ID, event, "none"), number(event, "ms"));
            case "logs" -> logs(number(event, "mb"));
            case "hang" -> hang();
            case "big" -> "\"" + "x".repeat((int) number(event, "bytes")) + "\"";
            default -> "{\"pid\":" + PID + ",\"event\":" + (event.isBlank() ? "null" : event) + "}";
        };
        output.write(result.getBytes(StandardCharsets.UTF_8));
    }

    private static String mark(Path dir, String id, long ms) throws IOException {
        pause(ms);
        // a fresh name per run: two runs of one event leave two files; moved into place whole
        String run = UUID.randomUUID().toString();
        Path temporary = dir.resolve(".tmp-" + run);
        Files.writeString(temporary, Long.toString(System.currentTimeMillis()));
        Files.move(temporary, dir.resolve(id + "." + run), StandardCopyOption.ATOMIC_MOVE);
        return "{\"marked\":\"" + id + "\"}";
    }

    private static String logs(long megabytes) {
        String line = "log line of a chatty function ".repeat(3) + "\n";
        long lines = megabytes * 1024 * 1024 / line.length();
        PrintStream out = System.out;
        for (long i = 0; i < lines; i++) {
            out.print(i);
            out.print(' ');
            out.print(line);
        }
        out.flush();
        return "{\"lines\":" + lines + "}";
    }

    private static String hang() {
        // neither a response nor an error ever reaches the Runtime API
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // ignored on purpose: only the platform may end this invocation
            }
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(Pattern pattern, String event, String fallback) {
        Matcher matcher = pattern.matcher(event);
        return matcher.find() ? matcher.group(1) : fallback;
    }

    private static long number(String event, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(event);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
