package io.fusionize.core.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.api.Calls;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ApplicationsTests {

    @TempDir
    Path services;

    private ClassLoader loader;

    @BeforeEach
    void registerProvider() throws Exception {
        // A private services folder keeps this test independent of other providers on the class path.
        Path file = services.resolve("META-INF/services/" + ApplicationProvider.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, GreetingProvider.class.getName() + "\n");
        Path resolvers = services.resolve("META-INF/services/" + ApplicationResolver.class.getName());
        // The first class is listed but missing, as in a function package of another application.
        Files.writeString(resolvers, "io.fusionize.core.app.NotPackagedResolver\n" + EchoResolver.class.getName() + "\n");
        loader = new URLClassLoader(new URL[] {services.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void findsAnApplicationByName() {
        assertThat(Applications.find("greeting", loader).entryTasks()).containsExactly("hello");
    }

    @Test
    void listsTheAvailableNames() {
        assertThat(Applications.all(loader)).containsKey("greeting");
    }

    @Test
    void namesTheAvailableApplicationsWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> Applications.find("nope", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown application 'nope'; available: ")
                .hasMessageContaining("greeting");
    }

    @Test
    void resolvesANameNoProviderPublishes() {
        Application application = Applications.find("echo:shout", loader);

        assertThat(application.name()).isEqualTo("echo-shout");
        assertThat(application.entryTasks()).containsExactly("shout");
    }

    @Test
    void providersComeBeforeResolvers() {
        assertThat(Applications.find("greeting", loader).entryTasks()).containsExactly("hello");
    }

    @Test
    void passesOverAListedResolverThatIsNotPackaged() {
        assertThat(Applications.resolvers(loader)).singleElement().isInstanceOf(EchoResolver.class);
    }

    @Test
    void namesTheResolversFormsWhenTheNameIsUnknown() {
        assertThatThrownBy(() -> Applications.find("nope", loader))
                .hasMessage("unknown application 'nope'; available: greeting, echo:TASK");
    }

    @Test
    void passesOnAResolversVerdictOnAMalformedName() {
        assertThatThrownBy(() -> Applications.find("echo:", loader))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("echo: needs a task name");
    }

    @Test
    void saysNoneAreAvailableWhenNoProviderExists() throws Exception {
        ClassLoader empty = new URLClassLoader(new URL[0], null);

        assertThatThrownBy(() -> Applications.find("greeting", empty))
                .hasMessage("unknown application 'greeting'; available: none");
    }

    /** A resolver found only through the private services folder: {@code echo:T} is an application of one task T. */
    public static final class EchoResolver implements ApplicationResolver {

        @Override
        public Optional<Application> resolve(String name) {
            if (!name.startsWith("echo:")) {
                return Optional.empty();
            }
            String task = name.substring("echo:".length());
            if (task.isEmpty()) {
                throw new IllegalArgumentException("echo: needs a task name");
            }
            return Optional.of(Application.builder("echo-" + task)
                    .entry(task, (Object input, io.fusionize.api.TaskContext context) -> input, Calls.none())
                    .build());
        }

        @Override
        public String nameForm() {
            return "echo:TASK";
        }
    }

    /** A provider found only through the private services folder. */
    public static final class GreetingProvider implements ApplicationProvider {

        @Override
        public Application application() {
            return Application.builder("greeting")
                    .entry("hello", (Object input, io.fusionize.api.TaskContext context) -> "hi", Calls.none())
                    .build();
        }
    }
}
