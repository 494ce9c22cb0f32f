package io.fusionize.platform.internal.instance;

import io.fusionize.platform.PlatformSettings;
import io.fusionize.platform.StateLayout;
import io.fusionize.platform.internal.resources.InstanceCgroup;
import io.fusionize.platform.internal.state.FunctionVersion;
import io.fusionize.protocol.lambda.RuntimeApi;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** Starts instance processes: the JVM command, Lambda's environment, and the cgroup it runs in. */
public final class InstanceLauncher {

    private static final String SHELL = "/bin/sh";
    private static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
    /** Joins each cgroup given before {@code --}, then execs the JVM, so it never runs unlimited. */
    private static final String JOIN_CGROUPS_THEN_EXEC =
            "while [ \"$1\" != \"--\" ]; do echo $$ > \"$1\" || exit 97; shift; done; shift; exec \"$@\"";
    private static final DateTimeFormatter STREAM_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");

    private final Path java;
    private final Path runtimeJar;
    private final PlatformSettings settings;
    private final Function<String, String> runtimeApiEndpoints;
    private final Function<FunctionVersion, Path> codeDirectories;
    private final ClassDataSharing classDataSharing;

    /**
     * Prepares launching for a platform: packs the runtime's classes into its state directory and
     * keeps class-data-sharing archives there.
     *
     * @param java the {@code java} executable
     * @param stateDir the platform's state directory
     * @param settings the platform settings
     * @param runtimeApiEndpoints gives an instance id's {@code AWS_LAMBDA_RUNTIME_API} value once the
     *     Runtime API server listens
     * @param codeDirectories where each version's code is unpacked
     * @param trainer runs class-data-sharing training in the background
     * @return the launcher
     */
    public static InstanceLauncher create(Path java, Path stateDir, PlatformSettings settings,
            Function<String, String> runtimeApiEndpoints, Function<FunctionVersion, Path> codeDirectories,
            Executor trainer) {
        ClassDataSharing sharing = new ClassDataSharing(settings.classDataSharing(),
                stateDir.resolve(StateLayout.CDS_DIR), java, settings.jvmOptions(), trainer);
        return new InstanceLauncher(java, RuntimeClasspath.locate(stateDir.resolve(StateLayout.RUNTIME_DIR)),
                settings, runtimeApiEndpoints, codeDirectories, sharing);
    }

    private InstanceLauncher(Path java, Path runtimeJar, PlatformSettings settings,
            Function<String, String> runtimeApiEndpoints, Function<FunctionVersion, Path> codeDirectories,
            ClassDataSharing classDataSharing) {
        this.java = java;
        this.runtimeJar = runtimeJar;
        this.settings = settings;
        this.runtimeApiEndpoints = runtimeApiEndpoints;
        this.codeDirectories = codeDirectories;
        this.classDataSharing = classDataSharing;
    }

    /**
     * @param instanceId the instance's id
     * @param version what it runs
     * @param cgroup the group it must join
     * @return the started process, stdout and stderr merged
     * @throws IOException if the process cannot start
     */
    Process start(String instanceId, FunctionVersion version, InstanceCgroup cgroup) throws IOException {
        Path codeDirectory = codeDirectories.apply(version);
        String classpath = JvmCommand.classpath(runtimeJar, CodeRootJar.of(codeDirectory), codeDirectory);
        Map<String, String> environment = environment(instanceId, version, codeDirectory);
        List<String> extra = new ArrayList<>(classDataSharing.optionsFor(version, classpath, environment));
        extra.addAll(userToolOptions(version));
        List<String> jvm = JvmCommand.build(java, version.settings().memoryMb(), settings.jvmOptions(), extra,
                classpath);
        ProcessBuilder builder = new ProcessBuilder(wrap(jvm, cgroup.procsFiles()))
                .directory(codeDirectory.toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * The function's own {@code JAVA_TOOL_OPTIONS}, repeated after the platform's options so that
     * they win, as they do on Lambda (e.g. {@code -XX:TieredStopAtLevel=4} to get C2 back).
     */
    private static List<String> userToolOptions(FunctionVersion version) {
        String options = version.settings().environment().get(JAVA_TOOL_OPTIONS);
        return options == null || options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    private static List<String> wrap(List<String> jvm, List<Path> procsFiles) {
        if (procsFiles.isEmpty()) {
            return jvm;
        }
        List<String> command = new ArrayList<>(List.of(SHELL, "-c", JOIN_CGROUPS_THEN_EXEC, "fusionize-instance"));
        procsFiles.forEach(file -> command.add(file.toString()));
        command.add("--");
        command.addAll(jvm);
        return command;
    }

    /**
     * @param instanceId the instance's id
     * @param version what it runs
     * @param codeDirectory its unpacked code
     * @return Lambda's reserved variables over the function's own, plus a minimal base
     */
    Map<String, String> environment(String instanceId, FunctionVersion version, Path codeDirectory) {
        String name = version.functionName();
        Map<String, String> env = new java.util.LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "C.UTF-8");
        env.put("TZ", ":UTC");
        env.putAll(version.settings().environment());
        env.put(RuntimeApi.ENV_HANDLER, version.settings().handler());
        env.put(RuntimeApi.ENV_RUNTIME_API, runtimeApiEndpoints.apply(instanceId));
        env.put(RuntimeApi.ENV_FUNCTION_NAME, name);
        env.put(RuntimeApi.ENV_FUNCTION_MEMORY_SIZE, Integer.toString(version.settings().memoryMb()));
        env.put(RuntimeApi.ENV_FUNCTION_VERSION, version.version());
        env.put(RuntimeApi.ENV_LOG_GROUP_NAME, "/aws/lambda/" + name);
        env.put(RuntimeApi.ENV_LOG_STREAM_NAME, LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE)
                + "/[" + version.version() + "]" + instanceId);
        env.put(RuntimeApi.ENV_LOG_MARKERS, "true");
        env.put(RuntimeApi.ENV_REGION, settings.region());
        env.put(RuntimeApi.ENV_DEFAULT_REGION, settings.region());
        env.put(RuntimeApi.ENV_EXECUTION_ENV, "AWS_Lambda_" + version.settings().runtime());
        env.put(RuntimeApi.ENV_INITIALIZATION_TYPE, "on-demand");
        env.put(RuntimeApi.ENV_TASK_ROOT, codeDirectory.toString());
        return env;
    }
}
