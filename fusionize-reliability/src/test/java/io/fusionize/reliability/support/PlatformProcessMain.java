package io.fusionize.reliability.support;

import io.fusionize.platform.PlatformMain;
import io.fusionize.platform.PlatformSettings;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs the platform in the foreground as {@code fusionize platform start} does, with an instance
 * init timeout patient enough for a busy shared machine. Arguments: state directory, port, and
 * optionally the init timeout in seconds.
 */
public final class PlatformProcessMain {

    /** How long an instance may take to start; cold JVMs on two busy cores can take tens of seconds. */
    static final Duration PATIENT_INIT = Duration.ofMinutes(2);

    private PlatformProcessMain() {
    }

    /**
     * @param args state directory, port, optional init timeout in seconds
     * @throws InterruptedException when interrupted while running
     */
    public static void main(String[] args) throws InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.io.javalin", "warn");
        Duration init = args.length > 2 ? Duration.ofSeconds(Long.parseLong(args[2])) : PATIENT_INIT;
        PlatformSettings settings = PlatformSettings.defaults().toBuilder().initTimeout(init).build();
        PlatformMain.runForeground(Path.of(args[0]), "127.0.0.1", Integer.parseInt(args[1]), settings, System.out);
    }
}
