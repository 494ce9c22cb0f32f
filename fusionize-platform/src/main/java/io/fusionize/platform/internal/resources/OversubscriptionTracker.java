package io.fusionize.platform.internal.resources;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds up the CPU shares of busy instances and flags every invocation that ran while they exceeded
 * the machine's cores: their timings no longer mean what they would on Lambda. The warning about it
 * is logged at most once per {@link #WARNING_INTERVAL}, counting the invocations in between.
 */
public final class OversubscriptionTracker {

    private static final Logger LOG = LoggerFactory.getLogger(OversubscriptionTracker.class);

    /** The least time between two oversubscription warnings; experiments would otherwise print hundreds. */
    public static final Duration WARNING_INTERVAL = Duration.ofSeconds(30);

    private final double machineCores;
    private final Set<Ticket> active = new LinkedHashSet<>();
    private final RateLimitedWarning warning;
    private double busyCores;

    /** @param machineCores the cores instances share, normally the available processors */
    public OversubscriptionTracker(double machineCores) {
        this(machineCores, new RateLimitedWarning(WARNING_INTERVAL, System::nanoTime, LOG::warn));
    }

    /**
     * @param machineCores the cores instances share
     * @param warning where the oversubscription warnings go
     */
    OversubscriptionTracker(double machineCores, RateLimitedWarning warning) {
        if (machineCores <= 0) {
            throw new IllegalArgumentException("machineCores must be positive, not " + machineCores);
        }
        this.machineCores = machineCores;
        this.warning = warning;
    }

    /** One busy instance's share; remembers whether it ever saw oversubscription. */
    public static final class Ticket {
        private final double cores;
        private volatile boolean oversubscribed;

        private Ticket(double cores) {
            this.cores = cores;
        }

        /** @return whether the busy shares exceeded the cores while this ticket was active */
        public boolean oversubscribed() {
            return oversubscribed;
        }
    }

    /**
     * @param cores the share of an instance that becomes busy
     * @return its ticket; pass it to {@link #exit(Ticket)} when the instance is idle again
     */
    public synchronized Ticket enter(double cores) {
        Ticket ticket = new Ticket(cores);
        active.add(ticket);
        busyCores += cores;
        if (busyCores > machineCores + 1e-9) {
            warning.occurred(flagBusyTickets(), this::warningLine);
        }
        return ticket;
    }

    /** @param ticket a ticket from {@link #enter(double)}; exiting twice has no effect */
    public synchronized void exit(Ticket ticket) {
        if (active.remove(ticket)) {
            busyCores -= ticket.cores;
        }
    }

    /** @return the sum of the busy instances' shares */
    public synchronized double busyCores() {
        return busyCores;
    }

    /** @return how many busy tickets were flagged now, for the first time */
    private long flagBusyTickets() {
        long newlyFlagged = 0;
        for (Ticket ticket : active) {
            if (!ticket.oversubscribed) {
                ticket.oversubscribed = true;
                newlyFlagged++;
            }
        }
        return newlyFlagged;
    }

    private String warningLine(long invocations) {
        return String.format(Locale.ROOT, "CPU oversubscribed: busy instances hold %.2f vCPUs on %d cores;"
                + " %d oversubscribed invocation(s) since the previous warning (at most one every %d s);"
                + " their timings are inflated and their reports say so",
                busyCores, (int) machineCores, invocations, WARNING_INTERVAL.toSeconds());
    }
}
