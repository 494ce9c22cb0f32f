package io.fusionize.platform.support;

import io.fusionize.platform.InvokeResult;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.PlatformSettings;
import io.fusionize.platform.internal.dto.FunctionConfiguration;
import io.fusionize.protocol.telemetry.InvocationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One embedded platform with real instance processes for all tests of a class: started on a free
 * port in a fresh temporary directory before the class's first test, with the test functions' code
 * unpacked beside it and every invocation report collected, and closed and deleted after the last.
 * Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final PlatformFixture fixture = new PlatformFixture();
 * }</pre>
 *
 * <p>It starts before the class's own {@code @BeforeAll} methods, so they may create functions.
 */
public final class PlatformFixture implements BeforeAllCallback, AfterAllCallback {

    private final PlatformSettings settings;
    private final Reports reports = new Reports();
    private Path directory;
    private Path code;
    private LocalPlatform platform;

    /** A platform with the default settings. */
    public PlatformFixture() {
        this(PlatformSettings.defaults());
    }

    /** @param settings the platform's settings */
    public PlatformFixture(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("fusionize-platform-test");
        platform = LocalPlatform.builder().stateDir(directory.resolve("state")).port(0).settings(settings).build()
                .start();
        platform.addReportListener(reports);
        code = TestCode.directory(Files.createDirectories(directory.resolve("code")));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            platform.close();
        } finally {
            deleteRecursively(directory);
        }
    }

    /** @return the running platform */
    public LocalPlatform platform() {
        return platform;
    }

    /** @return every report of the platform since it started */
    public Reports reports() {
        return reports;
    }

    /** @return the code directory of the test functions, from {@link TestCode#directory(Path)} */
    public Path code() {
        return code;
    }

    /** @return the temporary directory holding the state and code directories, for more of the test's own files */
    public Path directory() {
        return directory;
    }

    /**
     * Creates a function running {@link TestCode#HANDLER}.
     *
     * @param name the function's name
     * @param memoryMb its memory size
     * @param timeoutSeconds its timeout
     * @return its configuration
     */
    public FunctionConfiguration create(String name, int memoryMb, int timeoutSeconds) {
        return create(name, TestCode.HANDLER, memoryMb, timeoutSeconds);
    }

    /**
     * Creates a function from the test functions' code.
     *
     * @param name the function's name
     * @param handler one of the test functions' handlers
     * @param memoryMb its memory size
     * @param timeoutSeconds its timeout
     * @return its configuration
     */
    public FunctionConfiguration create(String name, String handler, int memoryMb, int timeoutSeconds) {
        return Functions.create(platform, name, code, handler, memoryMb, timeoutSeconds);
    }

    /**
     * @param name the function, optionally qualified
     * @param event the event
     * @return the answer of a synchronous invoke, within 120 s
     */
    public InvokeResult invoke(String name, byte[] event) {
        return Functions.invoke(platform, name, event);
    }

    /**
     * @param result an answer from this platform
     * @return its invocation's report, waiting up to 60 s for it
     */
    public InvocationReport reportOf(InvokeResult result) {
        return reports.of(result.requestId());
    }

    private static void deleteRecursively(Path root) throws IOException {
        // deepest paths first, so every directory is empty when its turn comes
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
