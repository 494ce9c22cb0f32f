package io.fusionize.platform.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The function the platform tests deploy. The event's {@code action} picks the behavior:
 * {@code echo}, {@code whoami}, {@code sleep} ({@code ms}), {@code hold} ({@code path}: runs until
 * that file exists), {@code spin} ({@code iterations}), {@code fail}, {@code exit} ({@code status}),
 * {@code oom}, {@code native} ({@code mb}), {@code big} ({@code bytes}) or {@code env} ({@code name}).
 */
public final class TestFunction implements RequestStreamHandler {

    private static final Pattern ACTION = Pattern.compile("\"action\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern PATH = Pattern.compile("\"path\"\\s*:\\s*\"([^\"]+)\"");
    private static final long PID = ProcessHandle.current().pid();
    private static final List<byte[]> HOARD = new ArrayList<>();
    private static final List<ByteBuffer> NATIVE = new ArrayList<>();
    private int invocations;

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        String event = new String(input.readAllBytes(), StandardCharsets.UTF_8);
        invocations++;
        System.out.println("handling " + context.getAwsRequestId());
        String result = switch (field(ACTION, event, "echo")) {
            case "whoami" -> "{\"pid\":" + PID + ",\"invocations\":" + invocations + "}";
            case "sleep" -> sleep(number(event, "ms"));
            case "hold" -> hold(field(PATH, event, ""));
            case "spin" -> spin(number(event, "iterations"));
            case "fail" -> throw new IllegalStateException("bad input: " + event.length() + " bytes");
            case "exit" -> exit((int) number(event, "status"));
            case "oom" -> hoard();
            case "native" -> offHeap(number(event, "mb"));
            case "big" -> "\"" + "x".repeat((int) number(event, "bytes")) + "\"";
            case "env" -> "\"" + System.getenv(field(Pattern.compile("\"name\"\\s*:\\s*\"(\\w+)\""), event, "")) + "\"";
            default -> event;
        };
        output.write(result.getBytes(StandardCharsets.UTF_8));
    }

    private static String sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "{\"slept\":" + ms + ",\"pid\":" + PID + "}";
    }

    /** Stays busy until the test creates the file, so that it ends when the test says, not after a time. */
    private static String hold(String path) {
        Path release = Path.of(path);
        while (!Files.exists(release)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "{\"held\":true,\"pid\":" + PID + "}";
    }

    private static String spin(long iterations) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        double sum = 0;
        for (long i = 0; i < iterations; i++) {
            sum += Math.sqrt(i) * 1.0000001;
        }
        long cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        return "{\"elapsedMs\":" + elapsedMs + ",\"cpuMs\":" + cpuMs + ",\"sum\":" + (long) sum + "}";
    }

    private static String exit(int status) {
        System.out.println("exiting with " + status);
        System.out.flush();
        Runtime.getRuntime().halt(status);
        return "unreachable";
    }

    private static String hoard() {
        while (true) {
            HOARD.add(new byte[8 * 1024 * 1024]);
        }
    }

    /** Fills native memory outside the heap, which only a cgroup limit can stop. */
    private static String offHeap(long megabytes) {
        for (long filled = 0; filled < megabytes; filled += 16) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(16 * 1024 * 1024);
            for (int i = 0; i < buffer.capacity(); i += 4096) {
                buffer.put(i, (byte) 1);
            }
            NATIVE.add(buffer);
        }
        return "{\"filledMb\":" + megabytes + "}";
    }

    private static String field(Pattern pattern, String event, String fallback) {
        Matcher matcher = pattern.matcher(event);
        return matcher.find() ? matcher.group(1) : fallback;
    }

    private static long number(String event, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(event);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
