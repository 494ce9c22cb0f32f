package io.fusionize.platform.internal.state;

import io.fusionize.platform.PlatformException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The functions the platform knows, kept in memory for lock-free lookups on the invoke path and
 * persisted on every change. Changes are serialized; reads never block.
 */
public final class FunctionRegistry {

    private final FunctionStore store;
    private final Map<String, FunctionRecord> records = new ConcurrentHashMap<>();
    private final List<Consumer<FunctionVersion>> retirementListeners = new CopyOnWriteArrayList<>();

    /**
     * Loads every function stored in {@code directory}.
     *
     * @param directory where function records are kept; created if missing
     */
    public FunctionRegistry(Path directory) {
        this.store = new FunctionStore(directory);
        store.loadAll().forEach(record -> records.put(record.name(), record));
    }

    /**
     * Registers a listener told about every version snapshot that can no longer be invoked, e.g.
     * the old {@code $LATEST} after an update, so that its instances can be stopped.
     *
     * @param listener the listener
     */
    public void onRetired(Consumer<FunctionVersion> listener) {
        retirementListeners.add(Objects.requireNonNull(listener, "listener must not be null"));
    }

    /**
     * @param name a function name
     * @return its record
     * @throws PlatformException a 404 if there is no such function
     */
    public FunctionRecord get(String name) {
        FunctionRecord record = records.get(name);
        if (record == null) {
            throw PlatformException.notFound("Function not found: " + name);
        }
        return record;
    }

    /**
     * @param name a function name
     * @return whether it exists
     */
    public boolean contains(String name) {
        return records.containsKey(name);
    }

    /** @return every function, in no particular order */
    public Collection<FunctionRecord> all() {
        return List.copyOf(records.values());
    }

    /**
     * @param name the function
     * @param qualifier {@code null}, {@code $LATEST}, a version number or an alias
     * @return the version to run
     * @throws PlatformException a 404 if the function or qualifier does not exist
     */
    public FunctionVersion resolve(String name, String qualifier) {
        return get(name).resolve(qualifier);
    }

    /**
     * Stores a new or changed record and retires the snapshots it no longer holds.
     *
     * @param record the record
     */
    public synchronized void put(FunctionRecord record) {
        store.save(record);
        FunctionRecord previous = records.put(record.name(), record);
        if (previous != null) {
            retireDropped(previous, record);
        }
    }

    /**
     * Deletes a function and retires all its versions.
     *
     * @param name the function
     * @throws PlatformException a 404 if there is no such function
     */
    public synchronized void remove(String name) {
        FunctionRecord removed = get(name);
        store.delete(name);
        records.remove(name);
        retire(removed.latest());
        removed.versions().values().forEach(this::retire);
    }

    private void retireDropped(FunctionRecord previous, FunctionRecord current) {
        if (!previous.latest().revisionId().equals(current.latest().revisionId())) {
            retire(previous.latest());
        }
        previous.versions().keySet().stream()
                .filter(version -> !current.versions().containsKey(version))
                .forEach(version -> retire(previous.versions().get(version)));
    }

    private void retire(FunctionVersion version) {
        retirementListeners.forEach(listener -> listener.accept(version));
    }
}
