package io.fusionize.platform.instance;

import io.fusionize.lambda.runtime.RuntimeApiConstants;
import io.fusionize.platform.PlatformConstants;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.platform.resources.InstanceCgroup;
import io.fusionize.platform.state.FunctionVersion;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

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
    private final Supplier<String> runtimeApiAddress;
    private final Function<FunctionVersion, Path> codeDirectories;
    private final ClassDataSharing classDataSharing;

    /**
     * @param java the {@code java} executable
     * @param runtimeJar the runtime's jar
     * @param settings the platform settings
     * @param runtimeApiAddress supplies {@code host:port} of the Runtime API server once it listens
     * @param codeDirectories where each version's code is unpacked
     * @param classDataSharing the archive manager
     */
    public InstanceLauncher(Path java, Path runtimeJar, PlatformSettings settings,
            Supplier<String> runtimeApiAddress, Function<FunctionVersion, Path> codeDirectories,
            ClassDataSharing classDataSharing) {
        this.java = java;
        this.runtimeJar = runtimeJar;
        this.settings = settings;
        this.runtimeApiAddress = runtimeApiAddress;
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
        env.put(RuntimeApiConstants.ENV_HANDLER, version.settings().handler());
        env.put(RuntimeApiConstants.ENV_RUNTIME_API,
                runtimeApiAddress.get() + PlatformConstants.INSTANCE_PATH_PREFIX + instanceId);
        env.put(RuntimeApiConstants.ENV_FUNCTION_NAME, name);
        env.put(RuntimeApiConstants.ENV_FUNCTION_MEMORY_SIZE, Integer.toString(version.settings().memoryMb()));
        env.put(RuntimeApiConstants.ENV_FUNCTION_VERSION, version.version());
        env.put(RuntimeApiConstants.ENV_LOG_GROUP_NAME, "/aws/lambda/" + name);
        env.put(RuntimeApiConstants.ENV_LOG_STREAM_NAME, LocalDate.now(ZoneOffset.UTC).format(STREAM_DATE)
                + "/[" + version.version() + "]" + instanceId);
        env.put(RuntimeApiConstants.ENV_LOG_MARKERS, "true");
        env.put("AWS_REGION", settings.region());
        env.put("AWS_DEFAULT_REGION", settings.region());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + version.settings().runtime());
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("LAMBDA_TASK_ROOT", codeDirectory.toString());
        return env;
    }
}
