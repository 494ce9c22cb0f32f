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
    void saysNoneAreAvailableWhenNoProviderExists() throws Exception {
        ClassLoader empty = new URLClassLoader(new URL[0], null);

        assertThatThrownBy(() -> Applications.find("greeting", empty))
                .hasMessage("unknown application 'greeting'; available: none");
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
