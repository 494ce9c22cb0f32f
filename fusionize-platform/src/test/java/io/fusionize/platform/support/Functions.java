package io.fusionize.platform.support;

import io.fusionize.platform.InvokeRequest;
import io.fusionize.platform.InvokeResult;
import io.fusionize.platform.LocalPlatform;
import io.fusionize.platform.internal.dto.CreateFunctionRequest;
import io.fusionize.platform.internal.dto.Environment;
import io.fusionize.platform.internal.dto.FunctionCode;
import io.fusionize.platform.internal.dto.FunctionConfiguration;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Creates and invokes test functions on an embedded platform. */
public final class Functions {

    private Functions() {
    }

    /**
     * @param platform the platform
     * @param name the function's name
     * @param codeDir a code directory from {@link TestCode#directory(Path)}
     * @param handler the handler
     * @param memoryMb the memory size
     * @param timeoutSeconds the timeout
     * @return the new function's configuration
     */
    public static FunctionConfiguration create(LocalPlatform platform, String name, Path codeDir, String handler,
            int memoryMb, int timeoutSeconds) {
        return platform.functions().create(new CreateFunctionRequest(name, "java17", null, handler,
                new FunctionCode(null, null, null, codeDir.toString()), null, timeoutSeconds, memoryMb, false,
                new Environment(Map.of("GREETING", "hello"))));
    }

    /**
     * @param platform the platform
     * @param name the function, optionally qualified
     * @param event the event
     * @return the answer, within 120 s
     */
    public static InvokeResult invoke(LocalPlatform platform, String name, byte[] event) {
        try {
            return platform.invoke(InvokeRequest.sync(name, event)).get(120, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("invoke of " + name + " failed: " + e, e);
        }
    }
}
