package io.fusionize.deploy.deployer;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupValidator;
import io.fusionize.deploy.artifact.ApplicationCode;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.artifact.FunctionArtifact;
import io.fusionize.protocol.fusion.FunctionNaming;
import io.fusionize.protocol.fusion.FusionEnvironment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Rolls setups out to a Lambda-compatible platform through the AWS SDK.
 *
 * <p>Deploying setup version N builds each function's package, creates or updates the function
 * {@code APP-ENTRY}, publishes an immutable version and points the alias {@code vN} at it. Nothing
 * routes to N until the caller switches its gateway, and versions already deployed keep working,
 * because remote calls always name their version's alias. Retiring a version deletes its aliases
 * and the published versions no live alias still uses.
 */
public final class Deployer {

    private static final int MAX_PARALLEL_FUNCTIONS = 4;

    private final LambdaClient lambda;
    private final ArtifactBuilder artifacts;
    private final ApplicationCode code;
    private final DeployOptions options;
    private final FunctionPublisher publisher;

    /**
     * @param lambda the platform's control plane
     * @param artifacts builds the packages
     * @param code the application being deployed
     * @param options settings every function gets
     */
    public Deployer(LambdaClient lambda, ArtifactBuilder artifacts, ApplicationCode code, DeployOptions options) {
        this.lambda = Objects.requireNonNull(lambda, "lambda client must not be null");
        this.artifacts = Objects.requireNonNull(artifacts, "artifact builder must not be null");
        this.code = Objects.requireNonNull(code, "application code must not be null");
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.publisher = new FunctionPublisher(lambda);
    }

    /** @return the application this deployer rolls out */
    public ApplicationCode application() {
        return code;
    }

    /**
     * Deploys every function of a setup under its version. Deploying the same version again is
     * harmless: unchanged functions are left as they are and the aliases are re-pointed.
     *
     * @param setup a valid setup of this deployer's application
     * @return the deployed version
     * @throws io.fusionize.core.setup.InvalidSetupException when the setup is invalid
     * @throws IllegalStateException when the platform rejects a step
     */
    public DeployedVersion deploy(Setup setup) {
        SetupValidator.requireValid(setup, code.application());
        long start = System.nanoTime();
        String alias = FunctionNaming.qualifier(setup.version());
        List<FunctionArtifact> built = new ArrayList<>();
        Map<String, String> versions = new LinkedHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(
                Math.min(MAX_PARALLEL_FUNCTIONS, Math.max(1, setup.functions().size())));
        try {
            List<Future<Map.Entry<FunctionArtifact, String>>> pending = new ArrayList<>();
            for (FunctionSpec function : setup.functions()) {
                pending.add(pool.submit(() -> deployFunction(setup, function, alias)));
            }
            for (Future<Map.Entry<FunctionArtifact, String>> future : pending) {
                Map.Entry<FunctionArtifact, String> done = await(future, setup);
                built.add(done.getKey());
                versions.put(done.getKey().functionName(), done.getValue());
            }
        } finally {
            pool.shutdownNow();
        }
        return new DeployedVersion(setup, versions, built, Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Removes a drained version from the platform: its aliases always, its published function
     * versions unless a live version still uses them, and functions no live version has at all.
     *
     * @param retired the version to remove
     * @param live versions still in use
     */
    public void retire(DeployedVersion retired, Collection<DeployedVersion> live) {
        Objects.requireNonNull(retired, "retired version must not be null");
        for (Map.Entry<String, String> function : retired.functionVersions().entrySet()) {
            String name = function.getKey();
            ignoreMissing(() -> lambda.deleteAlias(b -> b.functionName(name).name(retired.alias())));
            Set<String> stillUsed = live.stream().map(v -> v.functionVersions().get(name))
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            if (stillUsed.isEmpty()) {
                ignoreMissing(() -> lambda.deleteFunction(b -> b.functionName(name)));
            } else if (!stillUsed.contains(function.getValue())) {
                ignoreMissing(() -> lambda.deleteFunction(b -> b.functionName(name)
                        .qualifier(function.getValue())));
            }
        }
    }

    /**
     * @param function a function of a setup
     * @return the environment the function gets
     */
    public Map<String, String> environment(FunctionSpec function) {
        Map<String, String> environment = new LinkedHashMap<>(options.extraEnvironment());
        environment.put(FusionEnvironment.ENV_APP, code.name());
        environment.put(FusionEnvironment.ENV_ENTRY, function.entry());
        environment.put(FusionEnvironment.ENV_INVOKE_URL, options.invokeUrl());
        if (options.invokeToken() != null) {
            environment.put(FusionEnvironment.ENV_INVOKE_TOKEN, options.invokeToken());
        }
        return environment;
    }

    private Map.Entry<FunctionArtifact, String> deployFunction(Setup setup, FunctionSpec function, String alias) {
        FunctionArtifact artifact = artifacts.build(code, setup, function);
        String version = publisher.publish(artifact, function, environment(function),
                options, alias);
        return Map.entry(artifact, version);
    }

    private static <T> T await(Future<T> future, Setup setup) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while deploying setup v" + setup.version(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot deploy setup v" + setup.version() + " of "
                    + setup.application() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void ignoreMissing(Runnable deletion) {
        try {
            deletion.run();
        } catch (ResourceNotFoundException alreadyGone) {
            // retiring twice, or after a restart, finds some parts gone already
        }
    }
}
