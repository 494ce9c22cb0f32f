package io.fusionize.platform;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * Runs the local platform in the foreground until the process is asked to stop (Ctrl-C, SIGTERM);
 * then it shuts down cleanly. The {@code fusionize platform start} command calls
 * {@link #runForeground}.
 */
public final class PlatformMain {

    private static final String USAGE = "usage: PlatformMain [--port PORT] [--state DIR] [--host ADDRESS]";

    private PlatformMain() {
    }

    /**
     * @param args {@code [--port PORT] [--state DIR] [--host ADDRESS]}
     */
    public static void main(String[] args) {
        quietenServerLogs();
        Path state = Path.of("state");
        String host = "127.0.0.1";
        int port = 9000;
        try {
            for (int i = 0; i < args.length; i += 2) {
                String value = valueAfter(args, i);
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(value);
                    case "--state" -> state = Path.of(value);
                    case "--host" -> host = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            runForeground(state, host, port, PlatformSettings.defaults(), System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (IllegalStateException | UncheckedIOException e) {
            // the message names what to fix (a state directory in use or read-only); a stack trace would bury it
            System.err.println("cannot start the platform: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The HTTP servers' start-up chatter would bury the summary; warnings still show. */
    private static void quietenServerLogs() {
        for (String logger : new String[] {"org.eclipse.jetty", "io.javalin"}) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "warn");
            }
        }
    }

    private static String valueAfter(String[] args, int index) {
        if (index + 1 >= args.length) {
            throw new IllegalArgumentException("option " + args[index] + " needs a value");
        }
        return args[index + 1];
    }

    /**
     * Starts a platform, prints its summary, and blocks until the JVM shuts down; a shutdown hook
     * closes the platform first, so instances and the queue stop cleanly.
     *
     * @param stateDir the state directory
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param settings the settings
     * @param out where the summary goes
     * @throws InterruptedException if the waiting thread is interrupted
     * @throws RuntimeException if the platform cannot start (e.g. the port is taken)
     */
    public static void runForeground(Path stateDir, String host, int port, PlatformSettings settings,
            PrintStream out) throws InterruptedException {
        runForeground(stateDir, host, port, settings, out, platform -> { });
    }

    /**
     * Like {@link #runForeground(Path, String, int, PlatformSettings, PrintStream)}, with a hook that
     * sees the platform once it has started, e.g. to add listeners to its telemetry.
     *
     * @param stateDir the state directory
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param settings the settings
     * @param out where the summary goes
     * @param started called with the started platform before the summary is printed
     * @throws InterruptedException if the waiting thread is interrupted
     * @throws RuntimeException if the platform cannot start (e.g. the port is taken)
     */
    public static void runForeground(Path stateDir, String host, int port, PlatformSettings settings,
            PrintStream out, Consumer<LocalPlatform> started) throws InterruptedException {
        LocalPlatform platform = LocalPlatform.builder().stateDir(stateDir).host(host).port(port)
                .settings(settings).build().start();
        started.accept(platform);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping the platform...");
            platform.close();
            out.println("Platform stopped.");
            out.flush();
            stopped.countDown();
        }, "fz-platform-shutdown"));
        platform.startupSummary().forEach(out::println);
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
    }
}
