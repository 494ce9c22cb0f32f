package io.fusionize.platform.resources;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds up the CPU shares of busy instances and flags every invocation that ran while they exceeded
 * the machine's cores: their timings no longer mean what they would on Lambda.
 */
public final class OversubscriptionTracker {

    private static final Logger LOG = LoggerFactory.getLogger(OversubscriptionTracker.class);
    private static final long WARN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final double machineCores;
    private final Set<Ticket> active = new LinkedHashSet<>();
    private double busyCores;
    private long lastWarningNanos = -WARN_INTERVAL_NANOS;

    /** @param machineCores the cores instances share, normally the available processors */
    public OversubscriptionTracker(double machineCores) {
        if (machineCores <= 0) {
            throw new IllegalArgumentException("machineCores must be positive, not " + machineCores);
        }
        this.machineCores = machineCores;
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
            active.forEach(t -> t.oversubscribed = true);
            warn();
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

    private void warn() {
        long now = System.nanoTime();
        if (now - lastWarningNanos >= WARN_INTERVAL_NANOS) {
            lastWarningNanos = now;
            LOG.warn("CPU oversubscribed: busy instances hold {} vCPUs on {} cores; their timings are inflated"
                    + " and their reports say so", String.format("%.2f", busyCores), (int) machineCores);
        }
    }
}
