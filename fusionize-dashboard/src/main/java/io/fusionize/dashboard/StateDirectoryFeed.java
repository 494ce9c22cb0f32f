package io.fusionize.dashboard;

import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupText;
import io.fusionize.deploy.loop.LoopEntry;
import io.fusionize.deploy.loop.LoopState;
import io.fusionize.deploy.loop.LoopStateFile;
import io.fusionize.deploy.loop.PlatformConnections;
import io.fusionize.monitor.SetupStatistics;
import io.fusionize.monitor.TraceStore;
import io.fusionize.platform.StateLayout;
import io.fusionize.protocol.fusion.FunctionNaming;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@code fusionize dashboard --state DIR} shows: the snapshot a dashboard kept there, or, for a
 * loop that ran without one, what the state directory holds: the loop's state, its decision log,
 * the monitor's statistics and the embedded platform's reports. Read again at most every
 * {@link #REFRESH_MS} ms, so a loop running elsewhere is followed as it goes.
 */
public final class StateDirectoryFeed implements Supplier<String>, AutoCloseable {

    /** The least time between two reads of the directory. */
    public static final long REFRESH_MS = 2_000;
    private static final Pattern DECISION = Pattern.compile("^\\S+ round (\\d+): (.*)$");
    private static final Pattern VERSION = Pattern.compile("\\bv(\\d+)\\b");

    private final Path directory;
    private final String application;
    private final DashboardModel model;
    private TraceStore traces;
    private long reportsOffset;
    private long readAt;

    private StateDirectoryFeed(Path directory, String application, DashboardModel model) {
        this.directory = directory;
        this.application = application;
        this.model = model;
    }

    /**
     * @param directory a state directory
     * @param application the application, needed only when several loops ran there
     * @return the feed
     * @throws IllegalArgumentException when the directory holds neither a snapshot nor one loop's state
     */
    public static Supplier<String> open(Path directory, String application) {
        Objects.requireNonNull(directory, "directory must not be null");
        Path snapshot = directory.resolve(SnapshotFile.NAME);
        if (Files.isRegularFile(snapshot)) {
            return () -> SnapshotFile.read(snapshot).orElse("{}");
        }
        String name = application != null ? application : onlyLoop(directory);
        var app = Applications.find(name);
        var entries = app.entryTasks().stream().map(e -> FunctionNaming.functionName(name, e))
                .collect(Collectors.toSet());
        return new StateDirectoryFeed(directory, name, new DashboardModel(app, DashboardModel.MODE_STATE, "unknown",
                new LiveWindow(entries, System::currentTimeMillis)));
    }

    @Override
    public synchronized String get() {
        long now = System.currentTimeMillis();
        if (now - readAt >= REFRESH_MS) {
            readAt = now;
            refresh();
        }
        return model.snapshotJson();
    }

    @Override
    public synchronized void close() {
        if (traces != null) {
            traces.close();
        }
    }

    private void refresh() {
        Optional<LoopState> stored = new LoopStateFile(directory, application).read();
        if (stored.isEmpty() || stored.get().currentVersion() == 0) {
            model.status("no setup deployed in " + directory + " yet");
            return;
        }
        LoopState state = stored.get();
        model.serving(state.current().setup());
        for (String line : lines(directory.resolve("decisions-" + application + ".log"))) {
            Matcher decision = DECISION.matcher(line);
            if (decision.matches()) {
                model.round(row(state, Integer.parseInt(decision.group(1)), decision.group(2)));
            }
        }
        readNewReports();
        model.status(String.format("round %d, serving v%d, %s (read from %s)", state.round(), state.currentVersion(),
                state.converged() ? "converged" : "exploring", directory));
    }

    private RoundRow row(LoopState state, int round, String text) {
        Matcher version = VERSION.matcher(text);
        int judged = version.find() ? Integer.parseInt(version.group(1)) : state.currentVersion();
        Setup setup = state.entry(judged).map(LoopEntry::setup).orElse(state.current().setup());
        return RoundRow.measured(round, SetupText.format(setup), statistics(judged)).withDecision(null, text,
                List.of());
    }

    private SetupStatistics statistics(int version) {
        if (traces == null && Files.isRegularFile(directory.resolve(TraceStore.FILE_NAME))) {
            traces = TraceStore.open(directory);
        }
        return traces == null ? SetupStatistics.empty(application, version) : traces.statistics(application, version);
    }

    /** The embedded platform's reports file grows while a loop runs; only what was added is read. */
    private void readNewReports() {
        Path reports = directory.resolve(PlatformConnections.EMBEDDED_STATE).resolve(StateLayout.REPORTS_FILE);
        if (!Files.isRegularFile(reports)) {
            return;
        }
        try (RandomAccessFile file = new RandomAccessFile(reports.toFile(), "r")) {
            if (file.length() < reportsOffset) {
                reportsOffset = 0;
            }
            file.seek(reportsOffset);
            byte[] added = new byte[(int) Math.min(file.length() - reportsOffset, 16 * 1024 * 1024)];
            file.readFully(added);
            String text = new String(added, StandardCharsets.UTF_8);
            int lastLine = text.lastIndexOf('\n');
            if (lastLine < 0) {
                return;
            }
            text.substring(0, lastLine).lines().filter(l -> !l.isBlank()).forEach(model.live()::acceptJson);
            reportsOffset += text.substring(0, lastLine + 1).getBytes(StandardCharsets.UTF_8).length;
        } catch (IOException e) {
            // the next refresh tries again
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String onlyLoop(Path directory) {
        List<String> loops;
        try (Stream<Path> files = Files.list(directory)) {
            loops = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("loop-") && n.endsWith(".json"))
                    .map(n -> n.substring("loop-".length(), n.length() - ".json".length())).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the state directory " + directory + ": " + e.getMessage(),
                    e);
        }
        if (loops.size() != 1) {
            throw new IllegalArgumentException(loops.isEmpty()
                    ? directory + " holds no dashboard snapshot and no loop state; give the state directory of a run"
                            + " or an experiment's --out directory"
                    : directory + " holds the loops of " + String.join(", ", loops) + "; choose one with --app");
        }
        return loops.get(0);
    }
}
