package io.fusionize.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files {@code FaultFunction}'s {@code mark} action leaves, one per run of an event: which
 * events ran, how often, and when each run ended.
 */
public final class Marks {

    private final Path directory;

    /** @param directory where the function writes its marks */
    public Marks(Path directory) {
        this.directory = directory;
    }

    /**
     * @param id the event's id
     * @param ms how long the function sleeps before it marks the run
     * @return the event that makes {@code FaultFunction} mark a run of {@code id}
     */
    public String event(String id, long ms) {
        return "{\"action\":\"mark\",\"dir\":\"" + directory + "\",\"id\":\"" + id + "\",\"ms\":" + ms + "}";
    }

    /** @return every event that ran, with the end of each run in epoch milliseconds, earliest first */
    public Map<String, List<Long>> all() {
        Map<String, List<Long>> runs = new TreeMap<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".")) {
                    continue; // a run still writing its mark
                }
                runs.computeIfAbsent(name.substring(0, name.indexOf('.')), id -> new ArrayList<>())
                        .add(Long.parseLong(Files.readString(file).trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.values().forEach(times -> times.sort(Long::compare));
        return runs;
    }

    /**
     * @param count how many runs to wait for
     * @param limit how long to wait at most
     */
    public void awaitAtLeast(int count, Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (all().values().stream().mapToInt(List::size).sum() < count) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("fewer than " + count + " runs within " + limit + ": " + all().keySet());
            }
            Sleep.millis(100);
        }
    }

    /**
     * @param ids the events to wait for
     * @param limit how long to wait at most
     */
    public void awaitEach(Collection<String> ids, Duration limit) {
        Instant end = Instant.now().plus(limit);
        while (!all().keySet().containsAll(ids)) {
            if (Instant.now().isAfter(end)) {
                List<String> missing = ids.stream().filter(id -> !all().containsKey(id)).toList();
                throw new AssertionError("events that did not run within " + limit + ": " + missing);
            }
            Sleep.millis(200);
        }
    }
}
