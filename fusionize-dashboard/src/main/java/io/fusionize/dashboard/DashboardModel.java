package io.fusionize.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fusionize.api.Application;
import io.fusionize.core.setup.Setup;
import io.fusionize.protocol.json.ProtocolJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Everything the page shows, kept up to date by a follower of a loop or an experiment, and
 * rendered as one JSON snapshot. Thread-safe: followers write from the loop's threads while the
 * server reads.
 */
public final class DashboardModel {

    /** The mode of a dashboard that follows {@code fusionize run}. */
    public static final String MODE_RUN = "run";
    /** The mode of a dashboard that follows an experiment or the demo. */
    public static final String MODE_EXPERIMENT = "experiment";
    /** The mode of a dashboard that shows a state directory. */
    public static final String MODE_STATE = "state";

    private final Application application;
    private final String mode;
    private final String optimizer;
    private final LiveWindow live;
    private final Map<Integer, RoundRow> rounds = new TreeMap<>();
    private final List<ComparedRow> compared = new ArrayList<>();
    private volatile Function<String, OptionalLong> instances = function -> OptionalLong.empty();
    private SetupGraph setup;
    private List<ParetoPoint> pareto = List.of();
    private String status = "starting";
    private boolean finished;
    private long revision;

    /**
     * @param application the application shown
     * @param mode {@link #MODE_RUN}, {@link #MODE_EXPERIMENT} or {@link #MODE_STATE}
     * @param optimizer the optimizer's name
     * @param live the live figures' source
     */
    public DashboardModel(Application application, String mode, String optimizer, LiveWindow live) {
        this.application = Objects.requireNonNull(application, "application must not be null");
        this.mode = Objects.requireNonNull(mode, "mode must not be null");
        this.optimizer = Objects.requireNonNull(optimizer, "optimizer must not be null");
        this.live = Objects.requireNonNull(live, "live must not be null");
    }

    /** @return the application shown */
    public Application application() {
        return application;
    }

    /** @return where the live figures come from */
    public LiveWindow live() {
        return live;
    }

    /** @param counter live instances of a function, where the platform runs in this process */
    public void instances(Function<String, OptionalLong> counter) {
        Objects.requireNonNull(counter, "counter must not be null");
        this.instances = function -> {
            try {
                return counter.apply(function);
            } catch (RuntimeException e) {
                // A platform that has stopped counts nothing; the page still shows what was measured.
                return OptionalLong.empty();
            }
        };
    }

    /** @param serving the setup serving now */
    public synchronized void serving(Setup serving) {
        setup = SetupGraph.of(serving, application);
        revision++;
    }

    /** @param row a round, replacing an earlier row of the same round */
    public synchronized void round(RoundRow row) {
        rounds.put(row.round(), row);
        revision++;
    }

    /**
     * @param round a round
     * @return its row, if shown
     */
    public synchronized Optional<RoundRow> round(int round) {
        return Optional.ofNullable(rounds.get(round));
    }

    /** @return every round shown, in order */
    public synchronized List<RoundRow> rounds() {
        return List.copyOf(rounds.values());
    }

    /** @param front the optimizer's current Pareto front */
    public synchronized void pareto(List<ParetoPoint> front) {
        pareto = List.copyOf(front);
        revision++;
    }

    /** @param row a measured block of a compared setup */
    public synchronized void compared(ComparedRow row) {
        compared.add(row);
        revision++;
    }

    /** @param text what is happening now, e.g. {@code round 3, serving v3} */
    public synchronized void status(String text) {
        status = Objects.requireNonNull(text, "text must not be null");
        revision++;
    }

    /** @param text how it ended */
    public synchronized void finished(String text) {
        status = Objects.requireNonNull(text, "text must not be null");
        finished = true;
        revision++;
    }

    /** @return a number that grows with every change but the live figures */
    public synchronized long revision() {
        return revision;
    }

    /** @return the snapshot the page renders, as JSON */
    public String snapshotJson() {
        ObjectMapper mapper = ProtocolJson.mapper();
        LiveFigures figures = live.figures(instances);
        ObjectNode root = mapper.createObjectNode();
        synchronized (this) {
            root.put("application", application.name()).put("mode", mode).put("optimizer", optimizer)
                    .put("status", status).put("finished", finished).put("revision", revision)
                    .put("updatedEpochMs", System.currentTimeMillis());
            root.set("setup", mapper.valueToTree(setup));
            root.set("rounds", mapper.valueToTree(List.copyOf(rounds.values())));
            root.set("pareto", mapper.valueToTree(pareto));
            root.set("compared", mapper.valueToTree(List.copyOf(compared)));
        }
        root.set("live", mapper.valueToTree(figures));
        try {
            return mapper.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the dashboard snapshot: " + e.getOriginalMessage(), e);
        }
    }
}
