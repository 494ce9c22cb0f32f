package io.fusionize.platform.internal.instance;

import io.fusionize.platform.internal.state.FunctionVersion;
import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Application class-data sharing: one archive per (JVM, class path, handler), recorded by a
 * training run in the background the first time a version starts, and mapped by every later
 * instance so that its classes load pre-parsed and pre-verified.
 *
 * <p>The training run executes the handler's init once, outside any invocation, as Lambda's
 * SnapStart does at publish time; it gets no events.
 */
final class ClassDataSharing {

    private static final Logger LOG = LoggerFactory.getLogger(ClassDataSharing.class);
    private static final long TRAINING_TIMEOUT_SECONDS = 60;
    private static final Path NICE = Path.of("/usr/bin/nice");
    private static final String UNREACHABLE_API = "127.0.0.1:9";

    private final boolean enabled;
    private final Path archiveDir;
    private final Path java;
    private final List<String> jvmOptions;
    private final Executor trainer;
    private final Set<String> training = ConcurrentHashMap.newKeySet();

    /**
     * @param enabled whether to record and use archives at all
     * @param archiveDir where archives are kept
     * @param java the {@code java} executable
     * @param jvmOptions the instances' general JVM options
     * @param trainer runs training processes in the background
     */
    public ClassDataSharing(boolean enabled, Path archiveDir, Path java, List<String> jvmOptions, Executor trainer) {
        this.enabled = enabled;
        this.archiveDir = archiveDir;
        this.java = java;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.trainer = trainer;
    }

    /**
     * @param version the version an instance runs
     * @param classpath its class path
     * @param environment its environment
     * @return the options that map the version's archive; none, and a training run started, if the
     *     archive does not exist yet
     */
    public List<String> optionsFor(FunctionVersion version, String classpath, Map<String, String> environment) {
        if (!enabled) {
            return List.of();
        }
        String key = key(version, classpath);
        Path archive = archiveDir.resolve(key + ".jsa");
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive);
        }
        if (training.add(key)) {
            trainer.execute(() -> train(key, archive, version, classpath, environment));
        }
        return List.of();
    }

    private String key(FunctionVersion version, String classpath) {
        String identity = System.getProperty("java.vm.version") + '\n' + java + '\n' + classpath + '\n'
                + version.settings().handler() + '\n' + String.join(" ", jvmOptions);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private void train(String key, Path archive, FunctionVersion version, String classpath,
            Map<String, String> environment) {
        Path partial = archiveDir.resolve(key + ".jsa.partial");
        Path log = archiveDir.resolve(key + ".training.log");
        try {
            Files.createDirectories(archiveDir);
            ProcessBuilder builder = new ProcessBuilder(command(partial, version, classpath))
                    .directory(Path.of(environment.getOrDefault(RuntimeApi.ENV_TASK_ROOT, ".")).toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            builder.environment().put(RuntimeApi.ENV_TRAINING_RUN, "true");
            // the training run must never reach a real instance's Runtime API
            builder.environment().put(RuntimeApi.ENV_RUNTIME_API, UNREACHABLE_API);
            Process process = builder.start();
            boolean done = process.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            if (done && process.exitValue() == 0 && Files.isRegularFile(partial)) {
                Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                LOG.warn("Class-data-sharing training for {} failed; see {}", version.functionName(), log);
            }
        } catch (IOException e) {
            LOG.warn("Class-data-sharing training for {} failed: {}", version.functionName(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            training.remove(key);
        }
    }

    private List<String> command(Path partial, FunctionVersion version, String classpath) {
        List<String> command = new ArrayList<>();
        // training is background work: let instances have the CPU first
        if (Files.isExecutable(NICE)) {
            command.add(NICE.toString());
        }
        command.addAll(JvmCommand.build(java, version.settings().memoryMb(), jvmOptions,
                List.of("-XX:ArchiveClassesAtExit=" + partial), classpath));
        return command;
    }
}
