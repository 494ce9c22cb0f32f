package io.fusionize.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The layering rules between the modules, checked on their compiled main classes: the programming
 * model, the shared storage and the wire contracts depend on nothing of ours, the platform knows
 * nothing of fusion, the monitor nothing of the runtime, the test kit runs applications through the
 * in-process harness only and no module depends on it, and no module reaches into another module's
 * internals.
 */
@Timeout(120)
class LayeringTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                // The modules arrive as jars; their test classes are not in them.
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.fusionize");
        // Each rule checks real classes: every module's jar must have been found.
        for (String module : new String[] {"api", "storage", "protocol", "lambda", "core", "testkit", "examples",
                "platform", "monitor", "optimizer", "deploy", "experiment", "cli"}) {
            assertThat(classes.stream().filter(c -> moduleOf(c.getPackageName()).equals(module)).count())
                    .as("classes of module " + module).isPositive();
        }
    }

    @Test
    void theTaskApiDependsOnNothingOfOurs() {
        onlyOwnPackage("io.fusionize.api..").check(classes);
    }

    @Test
    void theSharedStorageDependsOnNothingOfOurs() {
        onlyOwnPackage("io.fusionize.storage..").check(classes);
    }

    @Test
    void theProtocolDependsOnNothingOfOurs() {
        onlyOwnPackage("io.fusionize.protocol..").check(classes);
    }

    @Test
    void thePlatformKnowsNothingOfFusion() {
        noClasses().that().resideInAPackage("io.fusionize.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fusionize.api..", "io.fusionize.core..",
                        "io.fusionize.monitor..", "io.fusionize.optimizer..", "io.fusionize.deploy..",
                        "io.fusionize.experiment..", "io.fusionize.cli..", "io.fusionize.examples..",
                        "io.fusionize.protocol.fusion..")
                .check(classes);
    }

    @Test
    void theMonitorDoesNotDependOnTheRuntime() {
        noClasses().that().resideInAPackage("io.fusionize.monitor..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fusionize.core..", "io.fusionize.platform..",
                        "io.fusionize.deploy..", "io.fusionize.optimizer..")
                .check(classes);
    }

    @Test
    void theRuntimeDoesNotDependOnThePlatformOrTheLoop() {
        noClasses().that().resideInAnyPackage("io.fusionize.core..", "io.fusionize.lambda.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fusionize.platform..",
                        "io.fusionize.monitor..", "io.fusionize.optimizer..", "io.fusionize.deploy..",
                        "io.fusionize.experiment..", "io.fusionize.cli..")
                .check(classes);
    }

    @Test
    void theTestKitRunsApplicationsInProcessOnly() {
        noClasses().that().resideInAPackage("io.fusionize.testkit..")
                .should().dependOnClassesThat().resideInAnyPackage("io.fusionize.platform..",
                        "io.fusionize.monitor..", "io.fusionize.optimizer..", "io.fusionize.deploy..",
                        "io.fusionize.experiment..", "io.fusionize.dashboard..", "io.fusionize.cli..",
                        "io.fusionize.examples..", "io.fusionize.core.runtime..", "io.fusionize.core.handler..")
                .check(classes);
    }

    @Test
    void noModuleDependsOnTheTestKit() {
        noClasses().that().resideOutsideOfPackage("io.fusionize.testkit..")
                .should().dependOnClassesThat().resideInAPackage("io.fusionize.testkit..")
                .check(classes);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        ArchRule rule = noClasses().should(reachIntoForeignInternals());
        rule.check(classes);
    }

    private static ArchRule onlyOwnPackage(String packagePattern) {
        String root = packagePattern.substring(0, packagePattern.length() - 2);
        return noClasses().that().resideInAPackage(packagePattern)
                .should().dependOnClassesThat(ownedByUsOutside(root));
    }

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> ownedByUsOutside(String root) {
        return com.tngtech.archunit.base.DescribedPredicate.describe("belong to another Fusionize module than " + root,
                target -> target.getPackageName().startsWith("io.fusionize.")
                        && !target.getPackageName().startsWith(root));
    }

    private static ArchCondition<JavaClass> reachIntoForeignInternals() {
        return new ArchCondition<>("depend on another module's internal package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String originModule = moduleOf(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.contains(".internal") && !moduleOf(target).equals(originModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    /** The module a package belongs to: its first segment below {@code io.fusionize}. */
    private static String moduleOf(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 ? parts[2] : packageName;
    }
}
