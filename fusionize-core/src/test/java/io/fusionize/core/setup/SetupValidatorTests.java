package io.fusionize.core.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SetupValidatorTests {

    private final Application iot = CallGraphs.iot();

    @Test
    void acceptsTheGeneratedBaselines() {
        assertThat(SetupValidator.validate(SetupGenerators.allRemote(iot), iot)).isEmpty();
        assertThat(SetupValidator.validate(SetupGenerators.allLocal(iot), iot)).isEmpty();
    }

    @Test
    void acceptsAMixedSetup() {
        Setup mixed = SetupText.parse("I+CW+SE@512, CT@128, CS+CSL+CSA@1024, CA+DJ@1024, AS@256", "iot");

        assertThat(SetupValidator.validate(mixed, iot)).isEmpty();
    }

    @Test
    void namesAnUnknownEntryTask() {
        Setup setup = withFunction(SetupGenerators.allRemote(iot), function("XX"));

        assertThat(SetupValidator.validate(setup, iot))
                .containsExactly("unknown task XX is the entry of a function");
    }

    @Test
    void namesAnUnknownInlineTask() {
        Setup setup = SetupGenerators.allRemote(iot)
                .withFunction(new FunctionSpec("CA", 1024, Set.of("DJ", "ZZ"), Set.of()));

        assertThat(SetupValidator.validate(setup, iot))
                .containsExactly("unknown task ZZ in the inline sync set of function CA");
    }

    @Test
    void namesARemoteCalleeWithoutFunction() {
        Setup setup = withoutFunction(SetupGenerators.allRemote(iot), "CW");

        assertThat(SetupValidator.validate(setup, iot))
                .containsExactly("task CW is called remotely (sync, by I in function I) but has no function");
    }

    @Test
    void namesAnAsyncRemoteCalleeWithoutFunction() {
        Setup setup = withoutFunction(SetupGenerators.allRemote(iot), "AS");

        assertThat(SetupValidator.validate(setup, iot)).containsExactly(
                "task AS is called remotely (async, by CT in function CT) but has no function",
                "task AS is called remotely (async, by CA in function CA) but has no function");
    }

    @Test
    void namesDuplicateFunctions() {
        Setup setup = withFunction(SetupGenerators.allRemote(iot), function("CT"));

        assertThat(SetupValidator.validate(setup, iot))
                .containsExactly("duplicate function: more than one function has entry task CT");
    }

    @Test
    void namesMemoryBelowTheMinimum() {
        Setup setup = SetupGenerators.allRemote(iot).withFunction(function("CT").withMemoryMb(64));

        assertThat(SetupValidator.validate(setup, iot))
                .containsExactly("function CT: memory 64 MB is outside 128–10240 MB");
    }

    @Test
    void namesMemoryAboveTheMaximum() {
        Setup setup = SetupGenerators.allRemote(iot).withFunction(function("CT").withMemoryMb(10_241));

        assertThat(SetupValidator.validate(setup, iot))
                .containsExactly("function CT: memory 10241 MB is outside 128–10240 MB");
    }

    @Test
    void namesAnEntryTaskWithoutFunction() {
        Setup setup = withoutFunction(SetupGenerators.allRemote(iot), "I");

        assertThat(SetupValidator.validate(setup, iot)).containsExactly("entry task I has no function");
    }

    @Test
    void namesAnInlineSetThatIsNotClosedForSyncCalls() {
        Setup setup = withoutFunction(withoutFunction(SetupGenerators.allRemote(iot), "CSL"), "CS")
                .withFunction(new FunctionSpec("I", 1024, Set.of("CW", "SE"), Set.of("CS")));

        assertThat(SetupValidator.validate(setup, iot)).containsExactly("function I: inline set not closed: "
                + "CS runs inline and calls CSL sync, but CSL is neither inline sync nor hosted by a function");
    }

    @Test
    void namesAnInlineSetThatIsNotClosedForAsyncCalls() {
        Setup setup = withoutFunction(SetupGenerators.allRemote(iot), "AS")
                .withFunction(new FunctionSpec("I", 1024, Set.of(), Set.of("CT", "CA", "AS")))
                .withFunction(new FunctionSpec("CA", 1024, Set.of(), Set.of("AS")))
                .withFunction(new FunctionSpec("CT", 1024, Set.of(), Set.of("AS")));

        assertThat(SetupValidator.validate(withoutFunction(setup, "AS"), iot)).isEmpty();
        Setup notClosed = setup.withFunction(new FunctionSpec("I", 1024, Set.of(), Set.of("CT")));
        assertThat(SetupValidator.validate(notClosed, iot)).containsExactly("function I: inline set not closed: "
                + "CT runs inline and calls AS async, but AS is neither inline async nor hosted by a function");
    }

    @Test
    void routesCalleesOfInlineTasksByTheSameFunctionsInlineSets() {
        // AS is inline for sync calls only, but CT calls it async, so the inline sync entry does not help.
        Setup setup = withoutFunction(SetupGenerators.allRemote(iot), "AS")
                .withFunction(new FunctionSpec("CT", 1024, Set.of("AS"), Set.of()))
                .withFunction(new FunctionSpec("CA", 1024, Set.of(), Set.of("AS")));

        assertThat(SetupValidator.validate(setup, iot))
                .containsExactly("task AS is called remotely (async, by CT in function CT) but has no function");
    }

    @Test
    void namesAFunctionThatInlinesItsOwnEntryInTheTextForm() {
        Setup setup = SetupText.parse("I+I+CW+SE@512, CT@128, CS+CSL+CSA@1024, CA+DJ@1024, AS@256", "iot");

        assertThat(SetupValidator.validate(setup, iot)).containsExactly(
                "function I lists its own entry task I in its inline sync set; an entry task cannot be "
                        + "inline in its own function");
    }

    @Test
    void namesAJsonFunctionThatListsItsEntryAmongItsInlineTasks() {
        String json = SetupJson.write(SetupGenerators.allRemote(iot)
                .withFunction(new FunctionSpec("CT", 1024, Set.of(), Set.of("CT", "AS"))));

        assertThat(SetupValidator.validateJson(json, iot)).containsExactly(
                "function CT lists its own entry task CT in its inline async set; an entry task cannot be "
                        + "inline in its own function");
    }

    @Test
    void namesASetupForAnotherApplication() {
        Setup setup = SetupGenerators.allRemote(CallGraphs.tree());

        assertThat(SetupValidator.validate(setup, iot)).contains("setup is for application tree, not iot");
    }

    @Test
    void reportsMalformedJsonWithLineAndColumn() {
        assertThat(SetupValidator.validateJson("{\"application\": \"iot\",\n \"functions\": [,]}", iot))
                .singleElement().asString().startsWith("malformed setup JSON at line 2, column 16");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Setup setup = withoutFunction(SetupGenerators.allRemote(iot), "I")
                .withFunction(function("CT").withMemoryMb(100000));
        setup = withFunction(setup, function("YY"));

        assertThat(SetupValidator.validate(setup, iot)).containsExactlyInAnyOrder(
                "function CT: memory 100000 MB is outside 128–10240 MB",
                "unknown task YY is the entry of a function",
                "entry task I has no function");
    }

    @Test
    void requireValidThrowsWithEveryProblem() {
        Setup setup = withoutFunction(SetupGenerators.allRemote(iot), "I");

        assertThatThrownBy(() -> SetupValidator.requireValid(setup, iot))
                .isInstanceOf(InvalidSetupException.class)
                .hasMessage("invalid setup: entry task I has no function");
    }

    private static FunctionSpec function(String entry) {
        return new FunctionSpec(entry, 1024, Set.of(), Set.of());
    }

    private static Setup withFunction(Setup setup, FunctionSpec added) {
        List<FunctionSpec> functions = new ArrayList<>(setup.functions());
        functions.add(added);
        return new Setup(setup.application(), setup.version(), functions);
    }

    private static Setup withoutFunction(Setup setup, String entry) {
        List<FunctionSpec> functions = new ArrayList<>(setup.functions());
        functions.removeIf(function -> function.entry().equals(entry));
        return new Setup(setup.application(), setup.version(), functions);
    }
}
