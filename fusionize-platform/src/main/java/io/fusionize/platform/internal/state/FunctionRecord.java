package io.fusionize.platform.internal.state;

import io.fusionize.platform.PlatformException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the platform knows about one function: {@code $LATEST}, its published versions, its
 * aliases and its reserved concurrency. Immutable; every change makes a new record.
 *
 * @param name the function's name
 * @param latest the unpublished version
 * @param versions published versions by number, in publication order
 * @param aliases aliases by name
 * @param nextVersion the number the next published version gets
 * @param reservedConcurrency the function's own concurrency limit, or {@code null}
 */
public record FunctionRecord(String name, FunctionVersion latest, Map<String, FunctionVersion> versions,
        Map<String, Alias> aliases, int nextVersion, Integer reservedConcurrency) {

    /** Makes the maps unmodifiable copies that keep their order. */
    public FunctionRecord {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(latest, "latest must not be null");
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions == null ? Map.of() : versions));
        aliases = Collections.unmodifiableMap(new LinkedHashMap<>(aliases == null ? Map.of() : aliases));
    }

    /**
     * @param latest the first version
     * @return a new function with nothing published
     */
    public static FunctionRecord created(FunctionVersion latest) {
        return new FunctionRecord(latest.functionName(), latest, Map.of(), Map.of(), 1, null);
    }

    /**
     * @param qualifier {@code null}, {@code $LATEST}, a version number or an alias
     * @return the version the qualifier names
     * @throws PlatformException a 404 if there is no such version or alias
     */
    public FunctionVersion resolve(String qualifier) {
        if (qualifier == null || qualifier.isEmpty() || qualifier.equals(latest.version())) {
            return latest;
        }
        FunctionVersion version = versions.get(qualifier);
        if (version != null) {
            return version;
        }
        Alias alias = aliases.get(qualifier);
        if (alias != null && versions.containsKey(alias.functionVersion())) {
            return versions.get(alias.functionVersion());
        }
        throw PlatformException.notFound("Function not found: " + name + ":" + qualifier);
    }

    /** @param newLatest the new unpublished version @return the changed record */
    public FunctionRecord withLatest(FunctionVersion newLatest) {
        return new FunctionRecord(name, newLatest, versions, aliases, nextVersion, reservedConcurrency);
    }

    /** @param published a new published version @return the changed record */
    public FunctionRecord withPublished(FunctionVersion published) {
        Map<String, FunctionVersion> changed = new LinkedHashMap<>(versions);
        changed.put(published.version(), published);
        return new FunctionRecord(name, latest, changed, aliases, nextVersion + 1, reservedConcurrency);
    }

    /** @param version a published version to drop @return the changed record */
    public FunctionRecord withoutVersion(String version) {
        Map<String, FunctionVersion> changed = new LinkedHashMap<>(versions);
        changed.remove(version);
        return new FunctionRecord(name, latest, changed, aliases, nextVersion, reservedConcurrency);
    }

    /** @param alias a new or changed alias @return the changed record */
    public FunctionRecord withAlias(Alias alias) {
        Map<String, Alias> changed = new LinkedHashMap<>(aliases);
        changed.put(alias.name(), alias);
        return new FunctionRecord(name, latest, versions, changed, nextVersion, reservedConcurrency);
    }

    /** @param aliasName an alias to drop @return the changed record */
    public FunctionRecord withoutAlias(String aliasName) {
        Map<String, Alias> changed = new LinkedHashMap<>(aliases);
        changed.remove(aliasName);
        return new FunctionRecord(name, latest, versions, changed, nextVersion, reservedConcurrency);
    }

    /** @param limit the reserved concurrency, or {@code null} to remove it @return the changed record */
    public FunctionRecord withReservedConcurrency(Integer limit) {
        return new FunctionRecord(name, latest, versions, aliases, nextVersion, limit);
    }
}
