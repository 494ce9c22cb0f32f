package io.fusionize.deploy.deployer;

import io.fusionize.core.setup.FunctionSpec;
import io.fusionize.deploy.artifact.ArtifactBuilder;
import io.fusionize.deploy.artifact.FunctionArtifact;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Environment;
import software.amazon.awssdk.services.lambda.model.FunctionCode;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;
import software.amazon.awssdk.services.lambda.model.ResourceConflictException;
import software.amazon.awssdk.services.lambda.model.ResourceNotFoundException;

/**
 * Brings one function to a given package and configuration, publishes an immutable version of it
 * and points an alias at that version.
 */
final class FunctionPublisher {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 50;

    private final LambdaClient lambda;

    FunctionPublisher(LambdaClient lambda) {
        this.lambda = lambda;
    }

    /**
     * @return the published version number
     */
    String publish(FunctionArtifact artifact, FunctionSpec function, Map<String, String> environment,
            DeployOptions options, String alias) {
        String name = artifact.functionName();
        byte[] zip = read(artifact);
        String codeSha = Base64.getEncoder().encodeToString(sha256(zip));
        FunctionConfiguration current = find(name);
        if (current == null) {
            create(name, zip, function, environment, options);
        } else {
            updateCode(current, zip, codeSha);
            updateConfiguration(current, function, environment, options);
        }
        awaitReady(name);
        String version = lambda.publishVersion(b -> b.functionName(name)
                .description("setup " + alias)).version();
        pointAlias(name, alias, version);
        return version;
    }

    private FunctionConfiguration find(String name) {
        try {
            return lambda.getFunction(b -> b.functionName(name)).configuration();
        } catch (ResourceNotFoundException absent) {
            return null;
        }
    }

    private void create(String name, byte[] zip, FunctionSpec function, Map<String, String> environment,
            DeployOptions options) {
        lambda.createFunction(b -> b.functionName(name)
                .runtime(options.runtime())
                .role(options.roleArn())
                .handler(ArtifactBuilder.HANDLER)
                .memorySize(function.memoryMb())
                .timeout(options.timeoutSeconds())
                .environment(Environment.builder().variables(environment).build())
                .code(FunctionCode.builder().zipFile(SdkBytes.fromByteArray(zip)).build())
                .publish(false));
    }

    private void updateCode(FunctionConfiguration current, byte[] zip, String codeSha) {
        if (!codeSha.equals(current.codeSha256())) {
            awaitReady(current.functionName());
            lambda.updateFunctionCode(b -> b.functionName(current.functionName())
                    .zipFile(SdkBytes.fromByteArray(zip)));
        }
    }

    private void updateConfiguration(FunctionConfiguration current, FunctionSpec function,
            Map<String, String> environment, DeployOptions options) {
        boolean same = Objects.equals(current.memorySize(), function.memoryMb())
                && Objects.equals(current.timeout(), options.timeoutSeconds())
                && ArtifactBuilder.HANDLER.equals(current.handler())
                && current.environment() != null
                && environment.equals(current.environment().variables());
        if (!same) {
            awaitReady(current.functionName());
            lambda.updateFunctionConfiguration(b -> b.functionName(current.functionName())
                    .handler(ArtifactBuilder.HANDLER)
                    .memorySize(function.memoryMb())
                    .timeout(options.timeoutSeconds())
                    .environment(Environment.builder().variables(environment).build()));
        }
    }

    private void pointAlias(String name, String alias, String version) {
        try {
            lambda.createAlias(b -> b.functionName(name).name(alias).functionVersion(version));
        } catch (ResourceConflictException exists) {
            lambda.updateAlias(b -> b.functionName(name).name(alias).functionVersion(version));
        }
    }

    /** AWS applies code and configuration updates in the background; later calls must wait. */
    private void awaitReady(String name) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            FunctionConfiguration configuration = lambda.getFunction(b -> b.functionName(name)).configuration();
            String state = configuration.stateAsString();
            String update = configuration.lastUpdateStatusAsString();
            if (isFailed(state) || isFailed(update)) {
                throw new IllegalStateException("function " + name + " failed to update: "
                        + configuration.stateReason() + " " + configuration.lastUpdateStatusReason());
            }
            if (!"Pending".equals(state) && !"InProgress".equals(update)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("function " + name + " is still " + state + "/" + update
                        + " after " + READY_TIMEOUT.toSeconds() + " s");
            }
            sleep();
        }
    }

    private static boolean isFailed(String status) {
        return "Failed".equals(status);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a function update", e);
        }
    }

    private static byte[] read(FunctionArtifact artifact) {
        try {
            return Files.readAllBytes(artifact.zip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read package " + artifact.zip(), e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
