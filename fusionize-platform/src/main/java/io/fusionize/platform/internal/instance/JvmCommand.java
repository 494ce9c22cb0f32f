package io.fusionize.platform.internal.instance;

import io.fusionize.lambda.runtime.RuntimeMain;
import io.fusionize.platform.internal.resources.CpuShare;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of an instance's JVM. */
final class JvmCommand {

    /** Memory kept outside the heap for metaspace, code, stacks and buffers, at least. */
    public static final int MIN_NON_HEAP_MB = 64;
    private static final int NON_HEAP_PERCENT = 15;
    private static final String LIB_GLOB = "lib" + File.separator + "*";

    private JvmCommand() {
    }

    /**
     * @param memoryMb a function's memory size
     * @return the heap it gets: the memory less 15 %, but at least {@link #MIN_NON_HEAP_MB} less
     */
    public static int heapMb(int memoryMb) {
        return memoryMb - Math.max(MIN_NON_HEAP_MB, memoryMb * NON_HEAP_PERCENT / 100);
    }

    /**
     * @param runtimeJar the runtime's jar
     * @param rootJar the function's root content (classes and resources outside {@code lib/}) as a jar
     * @param codeDirectory the function's unpacked code
     * @return the class path: runtime, code root, then every jar in {@code lib/}; jars only, as
     *     class-data sharing requires
     */
    public static String classpath(Path runtimeJar, Path rootJar, Path codeDirectory) {
        List<String> entries = List.of(runtimeJar.toString(), rootJar.toString(),
                codeDirectory.resolve(LIB_GLOB).toString());
        return String.join(File.pathSeparator, entries);
    }

    /**
     * @param java the {@code java} executable
     * @param memoryMb the function's memory size
     * @param options general JVM options
     * @param extraOptions per-launch options such as a class-data-sharing archive
     * @param classpath the class path
     * @return the full command
     */
    public static List<String> build(Path java, int memoryMb, List<String> options, List<String> extraOptions,
            String classpath) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-Xmx" + heapMb(memoryMb) + "m");
        command.add("-XX:ActiveProcessorCount=" + CpuShare.reportedProcessors(memoryMb));
        command.addAll(options);
        command.addAll(extraOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(RuntimeMain.class.getName());
        return command;
    }
}
