package io.fusionize.platform.internal.state;

import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.dto.Concurrency;
import io.fusionize.platform.internal.dto.CreateFunctionRequest;
import io.fusionize.platform.internal.dto.Environment;
import io.fusionize.platform.internal.dto.FunctionCode;
import io.fusionize.platform.internal.dto.FunctionConfiguration;
import io.fusionize.platform.internal.dto.GetFunctionResponse;
import io.fusionize.platform.internal.dto.ListFunctionsResponse;
import io.fusionize.platform.internal.dto.ListVersionsResponse;
import io.fusionize.platform.internal.dto.PublishVersionRequest;
import io.fusionize.platform.internal.dto.UpdateFunctionCodeRequest;
import io.fusionize.platform.internal.dto.UpdateFunctionConfigurationRequest;
import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.protocol.lambda.LambdaLimits;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Lambda's function operations: create, update code and configuration, get, list, delete and
 * publish. Aliases and concurrency live in {@link AliasControl}. Changes are serialized; code is
 * unpacked before the lock is taken, so parallel deployments overlap their slow part.
 */
public final class ControlPlane {

    private static final DateTimeFormatter LAST_MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final FunctionRegistry registry;
    private final CodeStore codeStore;
    private final ConfigurationViews views;
    private final Object lock;

    /**
     * @param registry the functions
     * @param codeStore where code is unpacked
     * @param names ARN rendering for the configured region
     */
    public ControlPlane(FunctionRegistry registry, CodeStore codeStore, FunctionNames names) {
        this.registry = Objects.requireNonNull(registry, "registry must not be null");
        this.codeStore = Objects.requireNonNull(codeStore, "codeStore must not be null");
        this.views = new ConfigurationViews(names, codeStore);
        // one lock with AliasControl: both rewrite whole function records
        this.lock = registry;
    }

    /**
     * CreateFunction.
     *
     * @param request the request
     * @return the new {@code $LATEST}, or version 1 when {@code Publish} is set
     * @throws PlatformException 400 for bad parameters or code, 409 if the function exists
     */
    public FunctionConfiguration create(CreateFunctionRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        String name = FunctionNames.requireName(request.functionName());
        FunctionSettings settings = new FunctionSettings(
                Objects.requireNonNullElse(request.runtime(), FunctionSettings.DEFAULT_RUNTIME), request.handler(),
                Objects.requireNonNullElse(request.memorySize(), FunctionSettings.DEFAULT_MEMORY_MB),
                Objects.requireNonNullElse(request.timeout(), FunctionSettings.DEFAULT_TIMEOUT_SECONDS),
                variables(request.environment()), request.description());
        StoredCode code = codeStore.store(codeSource(request.code()));
        synchronized (lock) {
            if (registry.contains(name)) {
                throw PlatformException.conflict("Function already exist: " + name);
            }
            FunctionRecord record = FunctionRecord.created(snapshot(name, LambdaApi.LATEST, settings, code));
            registry.put(record);
            return Boolean.TRUE.equals(request.publish()) ? publishLocked(record, "") : view(record.latest());
        }
    }

    /**
     * UpdateFunctionCode.
     *
     * @param name the function
     * @param request the request
     * @return the new {@code $LATEST}, or the published version when {@code Publish} is set
     * @throws PlatformException 404 if missing, 400 for bad code, 412 on a stale revision
     */
    public FunctionConfiguration updateCode(String name, UpdateFunctionCodeRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        StoredCode code = codeStore.store(codeSource(new FunctionCode(request.zipFile(), null, null,
                request.localPath())));
        synchronized (lock) {
            FunctionRecord record = registry.get(name);
            requireRevision(record.latest(), request.revisionId());
            FunctionRecord updated = record.withLatest(
                    snapshot(name, LambdaApi.LATEST, record.latest().settings(), code));
            registry.put(updated);
            return Boolean.TRUE.equals(request.publish()) ? publishLocked(updated, "") : view(updated.latest());
        }
    }

    /**
     * UpdateFunctionConfiguration; absent fields keep their value.
     *
     * @param name the function
     * @param request the request
     * @return the new {@code $LATEST}
     * @throws PlatformException 404 if missing, 400 for bad values, 412 on a stale revision
     */
    public FunctionConfiguration updateConfiguration(String name, UpdateFunctionConfigurationRequest request) {
        Objects.requireNonNull(request, "request must not be null");
        synchronized (lock) {
            FunctionRecord record = registry.get(name);
            FunctionVersion latest = record.latest();
            requireRevision(latest, request.revisionId());
            FunctionSettings old = latest.settings();
            FunctionSettings settings = new FunctionSettings(
                    Objects.requireNonNullElse(request.runtime(), old.runtime()),
                    Objects.requireNonNullElse(request.handler(), old.handler()),
                    Objects.requireNonNullElse(request.memorySize(), old.memoryMb()),
                    Objects.requireNonNullElse(request.timeout(), old.timeoutSeconds()),
                    request.environment() == null ? old.environment() : variables(request.environment()),
                    Objects.requireNonNullElse(request.description(), old.description()));
            FunctionVersion changed = new FunctionVersion(name, LambdaApi.LATEST, settings,
                    latest.codeSha256(), latest.codeSize(), newRevision(), now());
            registry.put(record.withLatest(changed));
            return view(changed);
        }
    }

    /**
     * GetFunction.
     *
     * @param name the function
     * @param qualifier a version or alias, or {@code null}
     * @return configuration, code location and reserved concurrency
     * @throws PlatformException 404 if missing
     */
    public GetFunctionResponse get(String name, String qualifier) {
        FunctionRecord record = registry.get(name);
        FunctionVersion version = record.resolve(qualifier);
        Integer reserved = record.reservedConcurrency();
        return new GetFunctionResponse(view(version), views.codeLocation(version),
                reserved == null ? null : new Concurrency(reserved));
    }

    /**
     * GetFunctionConfiguration.
     *
     * @param name the function
     * @param qualifier a version or alias, or {@code null}
     * @return the version's configuration
     * @throws PlatformException 404 if missing
     */
    public FunctionConfiguration getConfiguration(String name, String qualifier) {
        return view(registry.resolve(name, qualifier));
    }

    /** @return every function's {@code $LATEST}, by name */
    public ListFunctionsResponse list() {
        List<FunctionConfiguration> functions = registry.all().stream()
                .sorted(Comparator.comparing(FunctionRecord::name))
                .map(record -> view(record.latest())).toList();
        return new ListFunctionsResponse(functions, null);
    }

    /**
     * ListFunctions, one page: functions by name, from the marker on.
     *
     * @param marker the previous page's {@code NextMarker}, or {@code null} for the first page
     * @param maxItems the most functions the page may hold, or {@code null} for as many as a page takes
     * @return the page, with the marker of the next page if more functions follow
     * @throws PlatformException 400 if {@code maxItems} is out of range
     */
    public ListFunctionsResponse list(String marker, Integer maxItems) {
        int size = pageSize(maxItems);
        // the marker is the name the next page starts at, so a page survives deletions before it
        List<FunctionRecord> rest = registry.all().stream()
                .filter(record -> marker == null || record.name().compareTo(marker) >= 0)
                .sorted(Comparator.comparing(FunctionRecord::name)).toList();
        List<FunctionConfiguration> page = rest.stream().limit(size).map(record -> view(record.latest())).toList();
        return new ListFunctionsResponse(page, rest.size() > size ? rest.get(size).name() : null);
    }

    private static int pageSize(Integer maxItems) {
        if (maxItems == null) {
            return LambdaLimits.MAX_LIST_PAGE_ITEMS;
        }
        if (maxItems < 1 || maxItems > LambdaLimits.MAX_LIST_MAX_ITEMS) {
            throw PlatformException.invalidParameter(LambdaApi.QUERY_MAX_ITEMS + " must be between 1 and "
                    + LambdaLimits.MAX_LIST_MAX_ITEMS + ", not " + maxItems);
        }
        return Math.min(maxItems, LambdaLimits.MAX_LIST_PAGE_ITEMS);
    }

    /**
     * ListVersionsByFunction.
     *
     * @param name the function
     * @return {@code $LATEST} and every published version
     * @throws PlatformException 404 if missing
     */
    public ListVersionsResponse listVersions(String name) {
        FunctionRecord record = registry.get(name);
        List<FunctionConfiguration> versions = new ArrayList<>();
        versions.add(view(record.latest()));
        record.versions().values().forEach(version -> versions.add(view(version)));
        return new ListVersionsResponse(versions, null);
    }

    /**
     * DeleteFunction: the whole function, or one published version.
     *
     * @param name the function
     * @param qualifier a version number, or {@code null} for the whole function
     * @throws PlatformException 404 if missing, 400 for {@code $LATEST} or an alias, 409 if an
     *     alias points at the version
     */
    public void delete(String name, String qualifier) {
        synchronized (lock) {
            if (qualifier == null || qualifier.isEmpty()) {
                registry.remove(name);
                return;
            }
            FunctionRecord record = registry.get(name);
            if (!record.versions().containsKey(qualifier)) {
                throw qualifier.equals(LambdaApi.LATEST) || record.aliases().containsKey(qualifier)
                        ? PlatformException.invalidParameter("Only a published version can be deleted, not " + qualifier)
                        : PlatformException.notFound("Function not found: " + name + ":" + qualifier);
            }
            record.aliases().values().stream().filter(alias -> alias.functionVersion().equals(qualifier))
                    .findFirst().ifPresent(alias -> {
                        throw PlatformException.conflict("Version " + qualifier + " is used by alias " + alias.name());
                    });
            registry.put(record.withoutVersion(qualifier));
        }
    }

    /**
     * PublishVersion: snapshots {@code $LATEST} as the next version number, or returns the newest
     * version if nothing changed since it was published.
     *
     * @param name the function
     * @param request the request, or {@code null}
     * @return the published version
     * @throws PlatformException 404 if missing, 412 if the code hash or revision is stale
     */
    public FunctionConfiguration publishVersion(String name, PublishVersionRequest request) {
        synchronized (lock) {
            FunctionRecord record = registry.get(name);
            if (request != null) {
                requireRevision(record.latest(), request.revisionId());
                if (request.codeSha256() != null && !request.codeSha256().equals(record.latest().codeSha256())) {
                    throw PlatformException.preconditionFailed("CodeSha256 " + request.codeSha256()
                            + " does not match the code of $LATEST");
                }
            }
            return publishLocked(record, request == null ? "" : request.description());
        }
    }

    /**
     * @param version a version snapshot
     * @return the directory that holds its unpacked code
     */
    public Path codeDirectory(FunctionVersion version) {
        return codeStore.directoryOf(version.codeSha256());
    }

    private FunctionConfiguration publishLocked(FunctionRecord record, String description) {
        FunctionVersion newest = record.versions().values().stream().reduce((a, b) -> b).orElse(null);
        if (newest != null && newest.sameContentAs(record.latest())) {
            return view(newest);
        }
        FunctionVersion latest = record.latest();
        FunctionVersion published = new FunctionVersion(record.name(), Integer.toString(record.nextVersion()),
                description == null || description.isEmpty() ? latest.settings() : withDescription(latest, description),
                latest.codeSha256(), latest.codeSize(), newRevision(), now());
        registry.put(record.withPublished(published));
        return view(published);
    }

    private static FunctionSettings withDescription(FunctionVersion version, String description) {
        FunctionSettings s = version.settings();
        return new FunctionSettings(s.runtime(), s.handler(), s.memoryMb(), s.timeoutSeconds(), s.environment(),
                description);
    }

    private FunctionConfiguration view(FunctionVersion version) {
        return views.configuration(version);
    }

    private static FunctionVersion snapshot(String name, String version, FunctionSettings settings, StoredCode code) {
        return new FunctionVersion(name, version, settings, code.sha256(), code.sizeBytes(), newRevision(), now());
    }

    private static CodeSource codeSource(FunctionCode code) {
        if (code == null || (code.zipFile() == null && code.localPath() == null)) {
            if (code != null && code.s3Bucket() != null) {
                throw PlatformException.invalidParameter("Code from S3 is not supported by the local platform;"
                        + " send Code.ZipFile");
            }
            throw PlatformException.invalidParameter("Code must carry a ZipFile (or a LocalPath on this machine)");
        }
        return code.zipFile() != null ? new CodeSource.ZipBytes(code.zipFile())
                : new CodeSource.LocalPath(Path.of(code.localPath()));
    }

    private static void requireRevision(FunctionVersion latest, String revisionId) {
        if (revisionId != null && !revisionId.equals(latest.revisionId())) {
            throw PlatformException.preconditionFailed("RevisionId " + revisionId + " is not the current revision "
                    + latest.revisionId());
        }
    }

    private static Map<String, String> variables(Environment environment) {
        return environment == null || environment.variables() == null ? Map.of() : environment.variables();
    }

    static String newRevision() {
        return UUID.randomUUID().toString();
    }

    static String now() {
        return LAST_MODIFIED.format(ZonedDateTime.now(ZoneOffset.UTC));
    }
}
