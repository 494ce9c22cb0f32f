package io.fusionize.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.fusionize.cli.CliRun;
import io.fusionize.cli.Fusionize;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fusionize new app}; the project it writes is built and run in fusionize-acceptance. */
class NewAppCommandTests {

    @TempDir
    Path dir;

    @Test
    void writesAProjectWithThisBuildsVersionsAndNoPlaceholderLeft() throws Exception {
        Path project = dir.resolve("orders-api");
        CliRun run = CliRun.of("new", "app", "orders-api", "--dir", project.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("mvn -o -q verify", "--app-jar target/orders-api.jar --app orders-api");
        Path sources = project.resolve("src/main/java/com/example/ordersapi");
        assertThat(sources.resolve("OrdersApiProvider.java")).content()
                .contains("package com.example.ordersapi;", "Application.builder(NAME)", "Calls.sync(\"format\").andAsync(\"audit\")");
        assertThat(project.resolve("src/main/resources/META-INF/services/io.fusionize.api.ApplicationProvider"))
                .content().isEqualToIgnoringNewLines("com.example.ordersapi.OrdersApiProvider");
        assertThat(project.resolve("src/test/java/com/example/ordersapi/OrdersApiTests.java")).content()
                .contains("FusionizeKit.forApplication(new OrdersApiProvider())");
        assertThat(project.resolve("pom.xml")).content().contains("<artifactId>orders-api</artifactId>",
                "<fusionize.version>1.0.0</fusionize.version>", "<artifactId>fusionize-testkit</artifactId>");
        try (var files = Files.walk(project)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(file ->
                    assertThat(file).content().doesNotContain("{{").doesNotContain("${project.version}"));
        }
    }

    @Test
    void takesTheGivenPackage() {
        CliRun run = CliRun.of("new", "app", "shop", "--package", "org.acme.shop", "--dir", dir.resolve("s").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("s/src/main/java/org/acme/shop/ShopProvider.java")).exists();
        assertThat(dir.resolve("s/pom.xml")).content().contains("<groupId>org.acme</groupId>");
    }

    @Test
    void refusesANonEmptyDirectoryAndWritesNothing() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun run = CliRun.of("new", "app", "shop", "--dir", dir.toString());

        assertThat(run.exitCode()).isEqualTo(Fusionize.EXIT_USER_ERROR);
        assertThat(run.err()).contains("is not empty; nothing was written");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("notes.txt"));
        }
    }

    @Test
    void refusesNamesThatCannotBeFunctionNamesAndBadPackages() {
        CliRun run = CliRun.of("new", "app", "My_Shop", "--dir", dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(Fusionize.EXIT_USER_ERROR);
        assertThat(run.err()).contains("application name 'My_Shop' must start with a lowercase letter");
        assertThat(dir.resolve("x")).doesNotExist();
        assertThatIllegalArgumentException().isThrownBy(() -> new ProjectNames("shop", "org.Acme"))
                .withMessageContaining("is not a Java package name");
    }

    @Test
    void derivesClassNamesAndGroupFromTheNames() {
        ProjectNames names = ProjectNames.withDefaultPackage("orders-api-2");

        assertThat(names.className()).isEqualTo("OrdersApi2");
        assertThat(names.javaPackage()).isEqualTo("com.example.ordersapi2");
        assertThat(names.groupId()).isEqualTo("com.example");
        assertThat(new ProjectNames("a1", "x").className()).isEqualTo("A1");
    }
}
