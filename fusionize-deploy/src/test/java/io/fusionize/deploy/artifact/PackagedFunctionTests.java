package io.fusionize.deploy.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.core.harness.InProcessHarness;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.wire.WireCodec;
import io.fusionize.deploy.fixture.GreetingApplication;
import io.fusionize.examples.synthetic.SyntheticApplicationProvider;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs packages the way a Lambda Java runtime does: unpacked, with the root and every jar under
 * {@code lib/} on a class path that shares nothing with the test, through the handler class.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PackagedFunctionTests {

    @TempDir
    Path temp;

    @Test
    void allLocalPackageAnswersARootRequestOnItsOwn() throws Exception {
        ApplicationCode code = ApplicationCode.find(GreetingApplication.NAME);
        Setup setup = SetupGenerators.allLocal(code.application()).withVersion(1);
        FunctionArtifact artifact = new ArtifactBuilder(temp.resolve("cache"))
                .build(code, setup, setup.function("Greet").orElseThrow());

        try (URLClassLoader loader = unpack(artifact)) {
            Object handler = newHandler(loader, GreetingApplication.NAME, "Greet");
            String response = invoke(loader, handler, "{\"name\":\"ada\"}");

            assertThat(response).isEqualTo("{\"result\":\"hello ADA!\"}");
        }
    }

    @Test
    void trimmedRemotePackageStillBuildsTheApplicationAtInit() throws Exception {
        ApplicationCode code = ApplicationCode.find(GreetingApplication.NAME);
        Setup setup = SetupGenerators.allRemote(code.application()).withVersion(1);
        FunctionArtifact artifact = new ArtifactBuilder(temp.resolve("cache"))
                .build(code, setup, setup.function("Greet").orElseThrow());

        try (URLClassLoader loader = unpack(artifact)) {
            assertThat(artifact.omittedClasses()).contains("io/fusionize/deploy/fixture/Megaphone");
            assertThat(loader.getResource("io/fusionize/deploy/fixture/Megaphone.class")).isNull();
            assertThat(newHandler(loader, GreetingApplication.NAME, "Greet")).isNotNull();
        }
    }

    @Test
    void syntheticPackageRebuildsItsApplicationByName() throws Exception {
        ApplicationCode code = ApplicationCode.find("synthetic:tasks=6,seed=3,async=0.3,cpu=0.1");
        Setup setup = SetupGenerators.allLocal(code.application()).withVersion(1);
        FunctionArtifact artifact = new ArtifactBuilder(temp.resolve("cache"))
                .build(code, setup, setup.function("t0").orElseThrow());

        try (URLClassLoader loader = unpack(artifact);
                InProcessHarness harness = InProcessHarness.of(code.application(), setup)) {
            Object handler = newHandler(loader, code.name(), "t0");
            String response = invoke(loader, handler, "{\"seed\":5}");

            assertThat(code.providerClassName()).isEqualTo(SyntheticApplicationProvider.class.getName());
            assertThat(WireCodec.mapper().readTree(response).get("result"))
                    .isEqualTo(harness.invoke("t0", Map.of("seed", 5)));
        }
    }

    @Test
    void syntheticRemotePackageBuildsItsApplicationAtInit() throws Exception {
        ApplicationCode code = ApplicationCode.find("synthetic_6_3");
        Setup setup = SetupGenerators.allRemote(code.application()).withVersion(1);
        FunctionArtifact artifact = new ArtifactBuilder(temp.resolve("cache"))
                .build(code, setup, setup.function("t4").orElseThrow());

        try (URLClassLoader loader = unpack(artifact)) {
            assertThat(newHandler(loader, code.name(), "t4")).isNotNull();
        }
    }

    @Test
    void packageOfAnotherExampleStartsBesideTheResolverItDoesNotCarry() throws Exception {
        ApplicationCode code = ApplicationCode.find("tree");
        Setup setup = SetupGenerators.allRemote(code.application()).withVersion(1);
        FunctionArtifact artifact = new ArtifactBuilder(temp.resolve("cache"))
                .build(code, setup, setup.function("B").orElseThrow());

        try (URLClassLoader loader = unpack(artifact)) {
            assertThat(loader.getResource("META-INF/services/io.fusionize.core.app.ApplicationResolver")).isNotNull();
            assertThat(loader.getResource(SyntheticApplicationProvider.class.getName().replace('.', '/') + ".class"))
                    .isNull();
            assertThat(newHandler(loader, "tree", "B")).isNotNull();
        }
    }

    private URLClassLoader unpack(FunctionArtifact artifact) throws IOException {
        Path root = temp.resolve(artifact.digest());
        try (ZipFile zip = new ZipFile(artifact.zip().toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path target = root.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        List<URL> classPath = new ArrayList<>();
        classPath.add(root.toUri().toURL());
        try (Stream<Path> jars = Files.list(root.resolve("lib"))) {
            for (Path jar : jars.sorted().toList()) {
                classPath.add(jar.toUri().toURL());
            }
        }
        return new URLClassLoader(classPath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static Object newHandler(ClassLoader loader, String application, String entry) throws Exception {
        Map<String, String> environment = Map.of("FUSIONIZE_APP", application,
                "FUSIONIZE_ENTRY", entry, "FUSIONIZE_INVOKE_URL", "http://127.0.0.1:9");
        return loader.loadClass(ArtifactBuilder.HANDLER_CLASS).getConstructor(Map.class, ClassLoader.class)
                .newInstance(environment, loader);
    }

    private static String invoke(ClassLoader loader, Object handler, String event) throws Exception {
        Class<?> contextType = loader.loadClass("com.amazonaws.services.lambda.runtime.Context");
        Object context = Proxy.newProxyInstance(loader, new Class<?>[] {contextType}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getAwsRequestId" -> "request-1";
                    case "getRemainingTimeInMillis" -> 60_000;
                    case "getMemoryLimitInMB" -> 512;
                    default -> null;
                });
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        handler.getClass().getMethod("handleRequest", InputStream.class, OutputStream.class, contextType)
                .invoke(handler, new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), output, context);
        return output.toString(StandardCharsets.UTF_8);
    }
}
