package io.fusionize.platform.internal.state;

import io.fusionize.platform.PlatformException;
import io.fusionize.platform.internal.dto.AliasConfiguration;
import io.fusionize.platform.internal.dto.AliasRoutingConfiguration;
import io.fusionize.platform.internal.dto.Concurrency;
import io.fusionize.platform.internal.dto.CreateAliasRequest;
import io.fusionize.platform.internal.dto.ListAliasesResponse;
import io.fusionize.platform.internal.dto.UpdateAliasRequest;
import io.fusionize.protocol.lambda.LambdaApi;
import java.util.Objects;

/** Lambda's alias and reserved-concurrency operations. */
public final class AliasControl {

    private final FunctionRegistry registry;
    private final ConfigurationViews views;

    /**
     * @param registry the functions
     * @param codeStore where code is unpacked
     * @param names ARN rendering for the configured region
     */
    public AliasControl(FunctionRegistry registry, CodeStore codeStore, FunctionNames names) {
        this.registry = Objects.requireNonNull(registry, "registry must not be null");
        this.views = new ConfigurationViews(names, codeStore);
    }

    /**
     * CreateAlias.
     *
     * @param functionName the function
     * @param request the alias
     * @return the alias
     * @throws PlatformException 404 if the function or version is missing, 409 if the alias exists
     */
    public AliasConfiguration create(String functionName, CreateAliasRequest request) {
        synchronized (registry) {
            Objects.requireNonNull(request, "request must not be null");
            refuseWeightedRouting(request.routingConfig());
            FunctionRecord record = registry.get(functionName);
            String name = FunctionNames.requireAlias(request.name());
            if (record.aliases().containsKey(name)) {
                throw PlatformException.conflict("Alias already exists: " + functionName + ":" + name);
            }
            requirePublished(record, request.functionVersion());
            Alias alias = new Alias(name, request.functionVersion(), Objects.requireNonNullElse(request.description(), ""),
                    ControlPlane.newRevision());
            registry.put(record.withAlias(alias));
            return views.alias(functionName, alias);
        }
    }

    /**
     * GetAlias.
     *
     * @param functionName the function
     * @param aliasName the alias
     * @return the alias
     * @throws PlatformException 404 if missing
     */
    public AliasConfiguration get(String functionName, String aliasName) {
        return views.alias(functionName, existing(registry.get(functionName), aliasName));
    }

    /**
     * UpdateAlias; absent fields keep their value.
     *
     * @param functionName the function
     * @param aliasName the alias
     * @param request the change
     * @return the changed alias
     * @throws PlatformException 404 if missing, 412 on a stale revision
     */
    public AliasConfiguration update(String functionName, String aliasName, UpdateAliasRequest request) {
        synchronized (registry) {
            Objects.requireNonNull(request, "request must not be null");
            refuseWeightedRouting(request.routingConfig());
            FunctionRecord record = registry.get(functionName);
            Alias current = existing(record, aliasName);
            if (request.revisionId() != null && !request.revisionId().equals(current.revisionId())) {
                throw PlatformException.preconditionFailed("RevisionId " + request.revisionId()
                        + " is not the alias's current revision");
            }
            String version = Objects.requireNonNullElse(request.functionVersion(), current.functionVersion());
            requirePublished(record, version);
            Alias changed = new Alias(aliasName, version,
                    Objects.requireNonNullElse(request.description(), current.description()), ControlPlane.newRevision());
            registry.put(record.withAlias(changed));
            return views.alias(functionName, changed);
        }
    }

    /**
     * DeleteAlias.
     *
     * @param functionName the function
     * @param aliasName the alias
     * @throws PlatformException 404 if the function is missing
     */
    public void delete(String functionName, String aliasName) {
        synchronized (registry) {
            FunctionRecord record = registry.get(functionName);
            if (record.aliases().containsKey(aliasName)) {
                registry.put(record.withoutAlias(aliasName));
            }
        }
    }

    /**
     * ListAliases.
     *
     * @param functionName the function
     * @return its aliases
     * @throws PlatformException 404 if missing
     */
    public ListAliasesResponse list(String functionName) {
        FunctionRecord record = registry.get(functionName);
        return new ListAliasesResponse(record.aliases().values().stream()
                .map(alias -> views.alias(functionName, alias)).toList(), null);
    }

    /**
     * PutFunctionConcurrency.
     *
     * @param functionName the function
     * @param concurrency the limit, 0 or more
     * @return the limit
     * @throws PlatformException 404 if missing, 400 if the limit is missing or negative
     */
    public Concurrency putConcurrency(String functionName, Concurrency concurrency) {
        synchronized (registry) {
            Integer limit = concurrency == null ? null : concurrency.reservedConcurrentExecutions();
            if (limit == null || limit < 0) {
                throw PlatformException.invalidParameter("ReservedConcurrentExecutions must be 0 or more");
            }
            registry.put(registry.get(functionName).withReservedConcurrency(limit));
            return new Concurrency(limit);
        }
    }

    /**
     * GetFunctionConcurrency.
     *
     * @param functionName the function
     * @return the limit, with a {@code null} value if none is reserved
     * @throws PlatformException 404 if missing
     */
    public Concurrency getConcurrency(String functionName) {
        return new Concurrency(registry.get(functionName).reservedConcurrency());
    }

    /**
     * DeleteFunctionConcurrency.
     *
     * @param functionName the function
     * @throws PlatformException 404 if missing
     */
    public void deleteConcurrency(String functionName) {
        synchronized (registry) {
            registry.put(registry.get(functionName).withReservedConcurrency(null));
        }
    }

    private static Alias existing(FunctionRecord record, String aliasName) {
        Alias alias = record.aliases().get(aliasName);
        if (alias == null) {
            throw PlatformException.notFound("Alias not found: " + record.name() + ":" + aliasName);
        }
        return alias;
    }

    /** Accepting weights and then ignoring them would route every invocation where the caller did not ask. */
    private static void refuseWeightedRouting(AliasRoutingConfiguration routing) {
        if (routing != null && routing.isWeighted()) {
            throw PlatformException.invalidParameter("RoutingConfig with AdditionalVersionWeights "
                    + routing.additionalVersionWeights().keySet() + " is not supported: this platform sends every"
                    + " invocation of an alias to its one FunctionVersion; leave RoutingConfig out");
        }
    }

    private static void requirePublished(FunctionRecord record, String version) {
        if (version == null || version.equals(LambdaApi.LATEST) || !record.versions().containsKey(version)) {
            throw PlatformException.notFound("Function version not found: " + record.name() + ":" + version
                    + " (aliases point at published versions)");
        }
    }
}
