package io.fusionize.platform.internal.instance;

import io.fusionize.platform.PlatformException;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.platform.ThrottledException;
import io.fusionize.platform.internal.resources.Cgroups;
import io.fusionize.platform.internal.resources.CpuShare;
import io.fusionize.platform.internal.resources.InstanceCgroup;
import io.fusionize.platform.internal.resources.OversubscriptionTracker;
import io.fusionize.platform.internal.state.FunctionVersion;
import io.fusionize.protocol.lambda.LambdaErrors;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs invocations on instances: reuses warm ones, starts new ones when all are busy, enforces the
 * concurrency limits, times invocations out, notices crashes, and evicts idle instances after the
 * keep-alive.
 */
public final class InstanceManager implements InstanceEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceManager.class);
    /** How long to wait for an invocation's last log lines after its outcome is known. */
    private static final long LOG_GRACE_MS = 2_000;

    private final PlatformSettings settings;
    private final InstanceLauncher launcher;
    private final Cgroups cgroups;
    private final OversubscriptionTracker tracker;
    private final ScheduledExecutorService scheduler;
    private final LogSink logSink;
    private final Map<String, InstancePool> pools = new HashMap<>();
    private final Map<String, Instance> instances = new ConcurrentHashMap<>();
    private final Map<String, Integer> inFlightByFunction = new HashMap<>();
    private final Map<Invocation, ScheduledFuture<?>> timeouts = new ConcurrentHashMap<>();
    private int inFlight;
    private boolean closed;

    /**
     * @param settings the platform settings
     * @param launcher starts instance processes
     * @param cgroups creates their control groups
     * @param tracker tracks CPU oversubscription
     * @param scheduler runs timeouts and the keep-alive sweep
     * @param logSink receives instance log lines
     */
    public InstanceManager(PlatformSettings settings, InstanceLauncher launcher, Cgroups cgroups,
            OversubscriptionTracker tracker, ScheduledExecutorService scheduler, LogSink logSink) {
        this.settings = settings;
        this.launcher = launcher;
        this.cgroups = cgroups;
        this.tracker = tracker;
        this.scheduler = scheduler;
        this.logSink = logSink;
        long sweepMs = Math.max(50, Math.min(1_000, settings.keepAlive().toMillis() / 2));
        scheduler.scheduleWithFixedDelay(this::evictExpired, sweepMs, sweepMs, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts an invocation on a warm instance, or on a new one.
     *
     * @param invocation the invocation
     * @param reservedConcurrency the function's own limit, or {@code null}
     * @throws ThrottledException if a concurrency limit is reached
     * @throws PlatformException a 500 if a new instance cannot be started
     */
    public void dispatch(Invocation invocation, Integer reservedConcurrency) {
        FunctionVersion version = invocation.version();
        Instance instance;
        boolean cold;
        synchronized (this) {
            requireCapacity(version.functionName(), reservedConcurrency);
            inFlight++;
            inFlightByFunction.merge(version.functionName(), 1, Integer::sum);
            InstancePool pool = pools.computeIfAbsent(version.revisionId(), key -> new InstancePool(version));
            instance = pool.idle.pollFirst();
            cold = instance == null;
            if (cold) {
                makeRoomForOneMore();
                instance = new Instance(UUID.randomUUID().toString().replace("-", ""), version, this);
                pool.members.add(instance);
                instances.put(instance.id(), instance);
            }
        }
        Instance chosen = instance;
        invocation.setTicket(tracker.enter(CpuShare.vcpus(version.settings().memoryMb())));
        invocation.onFinish(finished -> finish(chosen, finished));
        chosen.assign(invocation);
        if (cold) {
            launch(chosen, invocation);
        }
    }

    private void requireCapacity(String functionName, Integer reserved) {
        if (closed) {
            throw new PlatformException(503, LambdaErrors.SERVICE, "The platform is shutting down");
        }
        if (inFlight >= settings.globalConcurrency()) {
            throw new ThrottledException(LambdaErrors.REASON_ACCOUNT_CONCURRENCY, "Rate Exceeded. All "
                    + settings.globalConcurrency() + " concurrent executions of the platform are in use.");
        }
        int limit = reserved != null ? reserved
                : settings.functionConcurrency() > 0 ? settings.functionConcurrency() : Integer.MAX_VALUE;
        if (inFlightByFunction.getOrDefault(functionName, 0) >= limit) {
            throw new ThrottledException(LambdaErrors.REASON_FUNCTION_CONCURRENCY, "Rate Exceeded. Function "
                    + functionName + " already runs its limit of " + limit + " concurrent executions.");
        }
    }

    /** Evicts the least recently used idle instance when the process limit is reached. */
    private void makeRoomForOneMore() {
        if (instances.size() < settings.maxInstances()) {
            return;
        }
        pools.values().stream()
                .filter(pool -> !pool.idle.isEmpty())
                .map(pool -> pool.idle.peekLast())
                .min((a, b) -> Long.compare(a.lastUsedNanos(), b.lastUsedNanos()))
                .ifPresent(this::evictLocked);
    }

    private void launch(Instance instance, Invocation invocation) {
        FunctionVersion version = instance.version();
        InstanceCgroup cgroup = cgroups.create(instance.id(), version.settings().memoryMb(),
                !settings.initUnthrottled());
        try {
            Process process = launcher.start(instance.id(), version, cgroup);
            instance.attach(process, cgroup);
            LogPump.start(instance, process.getInputStream());
            process.onExit().thenRun(() -> onExited(instance));
            scheduler.schedule(() -> checkInitialized(instance), settings.initTimeout().toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (IOException | RuntimeException e) {
            cgroup.remove();
            LOG.error("Cannot start an instance of {}: {}", version.functionName(), e.toString());
            instance.markDead();
            complete(invocation, InvocationOutcome.error(LambdaErrors.EXIT,
                    "The platform could not start an instance: " + e.getMessage()), true);
            forget(instance);
        }
    }

    @Override
    public void onInitialized(Instance instance) {
        if (settings.initUnthrottled()) {
            instance.cgroup().throttle();
        }
    }

    @Override
    public void onDelivered(Instance instance, Invocation invocation) {
        long timeoutMs = invocation.version().settings().timeoutSeconds() * 1000L;
        timeouts.put(invocation, scheduler.schedule(() -> timeOut(instance, invocation), timeoutMs,
                TimeUnit.MILLISECONDS));
    }

    @Override
    public void onLogLine(Instance instance, String requestId, String line) {
        logSink.line(instance.version(), requestId, line);
    }

    /**
     * Records an invocation's outcome.
     *
     * @param invocation the invocation
     * @param outcome how it ended
     * @param logsDone whether no more log lines will come
     */
    void complete(Invocation invocation, InvocationOutcome outcome, boolean logsDone) {
        if (invocation.complete(outcome, logsDone) && invocation.awaitingLogs()) {
            // a handler that closed its stdout never prints the end marker: do not wait forever
            scheduler.schedule(invocation::logsComplete, LOG_GRACE_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void timeOut(Instance instance, Invocation invocation) {
        if (invocation.isCompleted()) {
            return;
        }
        double seconds = invocation.version().settings().timeoutSeconds();
        String message = String.format(Locale.ROOT, LambdaErrors.TIMEOUT_MESSAGE_FORMAT, seconds);
        // dead before the outcome is recorded, so the finished invocation never returns it to the pool
        instance.markDead();
        complete(invocation, InvocationOutcome.error(LambdaErrors.TIMEOUT, message), true);
        instance.kill();
    }

    private void checkInitialized(Instance instance) {
        if (instance.isInitialized() || !instance.isAlive()) {
            return;
        }
        Invocation pending = instance.abandonInit();
        if (pending != null) {
            String message = String.format(Locale.ROOT, "Init timed out after %.2f seconds",
                    settings.initTimeout().toMillis() / 1000.0);
            complete(pending, InvocationOutcome.error(LambdaErrors.TIMEOUT, message), true);
        }
        instance.kill();
    }

    private void onExited(Instance instance) {
        Process process = instance.process();
        instance.abandonInit();
        Invocation held = instance.markDead();
        InstanceCgroup cgroup = instance.cgroup();
        boolean killedForMemory = cgroup.outOfMemoryKilled();
        if (held != null && !held.isCompleted()) {
            int memoryMb = instance.version().settings().memoryMb();
            complete(held, ExitDiagnosis.diagnose(held.requestId(), process.exitValue(), killedForMemory, memoryMb),
                    false);
        }
        forget(instance);
        cgroup.remove();
    }

    private void finish(Instance instance, Invocation invocation) {
        Optional.ofNullable(timeouts.remove(invocation)).ifPresent(task -> task.cancel(false));
        invocation.setMaxMemoryUsedMb(maxMemoryMb(instance, invocation));
        tracker.exit(invocation.ticket());
        synchronized (this) {
            inFlight--;
            inFlightByFunction.computeIfPresent(invocation.version().functionName(), (k, n) -> n > 1 ? n - 1 : null);
            boolean reusable = instance.release(invocation, invocation.maxMemoryUsedMb());
            InstancePool pool = pools.get(instance.version().revisionId());
            if (reusable && pool != null && !closed) {
                pool.idle.addFirst(instance);
            } else if (reusable) {
                instance.kill();
            }
        }
        invocation.markFinished();
    }

    private static long maxMemoryMb(Instance instance, Invocation invocation) {
        InvocationOutcome outcome = invocation.outcome();
        if (outcome != null && LambdaErrors.OUT_OF_MEMORY.equals(outcome.errorType())) {
            return invocation.version().settings().memoryMb();
        }
        long measured = instance.isAlive() ? ProcessMemory.maxResidentMb(instance.pid()) : 0;
        return Math.max(measured, instance.lastMaxMemoryMb());
    }

    /**
     * @param instanceId an instance id from a Runtime API path
     * @return the live instance
     * @throws PlatformException a 404 if there is no such instance
     */
    Instance instance(String instanceId) {
        Instance instance = instances.get(instanceId);
        if (instance == null) {
            throw PlatformException.notFound("No instance " + instanceId);
        }
        return instance;
    }

    /**
     * Stops using a version snapshot: idle instances are killed now, busy ones after their
     * invocation.
     *
     * @param version the retired snapshot
     */
    public synchronized void retire(FunctionVersion version) {
        InstancePool pool = pools.remove(version.revisionId());
        if (pool != null) {
            pool.idle.forEach(Instance::kill);
            pool.idle.clear();
        }
    }

    private synchronized void evictExpired() {
        long cutoff = System.nanoTime() - settings.keepAlive().toNanos();
        for (InstancePool pool : pools.values()) {
            for (Iterator<Instance> it = pool.idle.descendingIterator(); it.hasNext();) {
                Instance instance = it.next();
                if (instance.lastUsedNanos() < cutoff) {
                    it.remove();
                    instance.kill();
                }
            }
        }
        pools.values().removeIf(pool -> pool.members.isEmpty());
    }

    private void evictLocked(Instance instance) {
        InstancePool pool = pools.get(instance.version().revisionId());
        if (pool != null) {
            pool.idle.remove(instance);
        }
        instance.kill();
    }

    private synchronized void forget(Instance instance) {
        instances.remove(instance.id());
        InstancePool pool = pools.get(instance.version().revisionId());
        if (pool != null) {
            pool.idle.remove(instance);
            pool.members.remove(instance);
        }
    }

    /** @return how many instance processes are alive or starting */
    public int liveInstances() {
        return instances.size();
    }

    /**
     * @param functionName a function
     * @return how many of its instances are alive or starting
     */
    public long liveInstances(String functionName) {
        return instances.values().stream().filter(i -> i.version().functionName().equals(functionName)).count();
    }

    /** Kills every instance and waits briefly for them to exit. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        instances.values().forEach(Instance::kill);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (Instance instance : instances.values()) {
            Process process = instance.process();
            if (process != null) {
                try {
                    process.waitFor(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }
}
