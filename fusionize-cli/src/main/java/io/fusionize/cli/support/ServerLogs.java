package io.fusionize.cli.support;

/**
 * Keeps the embedded HTTP servers' start and stop chatter off the terminal; their warnings still
 * show. A system property set on the command line wins.
 */
public final class ServerLogs {

    private static final String[] CHATTY_LOGGERS = {"org.eclipse.jetty", "io.javalin"};

    private ServerLogs() {
    }

    /** Raises the chatty loggers to warnings; call before anything logs. */
    public static void quieten() {
        for (String logger : CHATTY_LOGGERS) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "warn");
            }
        }
    }
}
