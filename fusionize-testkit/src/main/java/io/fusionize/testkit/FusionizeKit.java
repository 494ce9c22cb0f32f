package io.fusionize.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.core.app.Applications;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import io.fusionize.core.setup.SetupValidator;
import io.fusionize.core.wire.WireCodec;
import java.io.IOException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Tests a Fusionize application in-process: runs requests under all-remote, all-local and random
 * valid setups, checks that a deterministic request gives the same outcome under every one,
 * shows the invocation records of each run, and makes tasks fail or time out on demand.
 *
 * <pre>
 * class ShopTests {
 *     &#64;RegisterExtension
 *     static FusionizeKit kit = FusionizeKit.forApplication(new ShopProvider());
 *
 *     &#64;Test
 *     void checkoutGivesTheSameReceiptUnderEverySetup() {
 *         kit.assertSameResults("Checkout", "{\"items\": [1, 2]}");
 *     }
 *
 *     &#64;TestTemplate // once per setup of the kit's matrix
 *     void aFailedPaymentIsWrittenOnTheReceipt(NamedSetup setup) {
 *         KitRun run = kit.failing("Pay").run(setup, "Checkout", "{\"items\": [1]}");
 *         assertThat(run.result().get("payment").asText()).startsWith("failed: ");
 *     }
 * }
 * </pre>
 *
 * <p>A kit is immutable: {@link #failing(String)}, {@link #withTimeout(Duration)} and the other
 * {@code with} methods return a new kit. Each run starts a fresh harness, so runs share nothing but
 * the application's own static state. Registered as an extension (a static field), it runs every
 * {@code @TestTemplate} method that takes a {@link NamedSetup} or {@link Setup} once per setup of
 * its matrix (methods annotated {@code @TestTemplate} themselves); used as a plain object, it needs
 * no JUnit at all.
 */
public final class FusionizeKit implements TestTemplateInvocationContextProvider {

    /** Every invocation's time limit unless {@link #withTimeout(Duration)} sets another. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How long a run waits after the response for the invocations it caused, unless
     * {@link #withAsyncWait(Duration)} says otherwise.
     */
    public static final Duration DEFAULT_ASYNC_WAIT = Duration.ofMinutes(2);

    private final KitSettings settings;

    private FusionizeKit(KitSettings settings) {
        this.settings = settings;
    }

    /**
     * @param application the application to test
     * @return a kit with the {@linkplain SetupMatrix#standard() standard matrix} and the default
     *     timeouts, no faults
     */
    public static FusionizeKit forApplication(Application application) {
        return new FusionizeKit(new KitSettings(application, SetupMatrix.standard(), DEFAULT_TIMEOUT,
                DEFAULT_ASYNC_WAIT, Map.of()));
    }

    /**
     * @param provider the provider that publishes the application
     * @return a kit for its application
     */
    public static FusionizeKit forApplication(ApplicationProvider provider) {
        return forApplication(Objects.requireNonNull(provider, "provider must not be null").application());
    }

    /**
     * @param name an application's name, as a provider listed in
     *     {@code META-INF/services/io.fusionize.api.ApplicationProvider} publishes it
     * @return a kit for that application
     * @throws IllegalArgumentException when no provider publishes the name; the message lists those that do
     */
    public static FusionizeKit forApplication(String name) {
        return forApplication(Applications.find(name));
    }

    /** @return the application under test */
    public Application application() {
        return settings.application();
    }

    /** @return the setups that {@link #runAll} and test templates use */
    public SetupMatrix matrix() {
        return settings.matrix();
    }

    /** @return every invocation's time limit */
    public Duration timeout() {
        return settings.timeout();
    }

    /**
     * @param matrix the setups that {@link #runAll}, {@link #assertSameResults} and test templates use
     * @return a kit with that matrix
     */
    public FusionizeKit withMatrix(SetupMatrix matrix) {
        return new FusionizeKit(settings.withMatrix(matrix));
    }

    /**
     * Sets every invocation's time limit, as a function timeout does; an invocation that runs longer
     * ends as {@code Sandbox.Timedout}. Keep it short in tests of {@link #timingOut(String)}.
     *
     * @param timeout the time limit, positive
     * @return a kit with that timeout
     */
    public FusionizeKit withTimeout(Duration timeout) {
        return new FusionizeKit(settings.withTimeout(timeout));
    }

    /**
     * @param wait how long a run waits after the response for the invocations it caused to end,
     *     async ones and their retries included, positive
     * @return a kit with that wait
     */
    public FusionizeKit withAsyncWait(Duration wait) {
        return new FusionizeKit(settings.withAsyncWait(wait));
    }

    /**
     * Makes a task throw {@link InjectedFailure} every time it runs, wherever it runs.
     *
     * @param task the task
     * @return a kit in which the task fails
     * @throws IllegalArgumentException when the application has no such task
     */
    public FusionizeKit failing(String task) {
        return failing(task, () -> new InjectedFailure("task " + task + " failed on purpose"));
    }

    /**
     * Makes a task throw an error of the test's choice every time it runs; its callers see the
     * error's class name as the error type.
     *
     * @param task the task
     * @param error makes the error to throw, once per execution
     * @return a kit in which the task fails
     * @throws IllegalArgumentException when the application has no such task
     */
    public FusionizeKit failing(String task, Supplier<? extends Exception> error) {
        Objects.requireNonNull(error, "error must not be null");
        return new FusionizeKit(settings.withFault(task, new FaultPlan("failing", () -> Fault.failing(error))));
    }

    /**
     * Makes a task fail its first executions of each run with {@link InjectedFailure}, then run as
     * written: to test retries of async work, and callers that retry.
     *
     * @param task the task
     * @param attempts how many executions fail, 1 or more
     * @return a kit in which the task fails at first
     * @throws IllegalArgumentException when the application has no such task
     */
    public FusionizeKit failingFirst(String task, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be 1 or more, not " + attempts);
        }
        return new FusionizeKit(settings.withFault(task,
                new FaultPlan("failing first " + attempts, () -> Fault.failingFirst(attempts))));
    }

    /**
     * Makes a task run until its invocation's deadline has passed, so that the invocation ends as
     * {@code Sandbox.Timedout}, and every caller waiting on it with it. Set a short
     * {@linkplain #withTimeout(Duration) timeout} first: a run takes at least that long.
     *
     * @param task the task
     * @return a kit in which the task times out
     * @throws IllegalArgumentException when the application has no such task
     */
    public FusionizeKit timingOut(String task) {
        return new FusionizeKit(settings.withFault(task, new FaultPlan("timing out", Fault::timingOut)));
    }

    /** @return every task its own function, nothing inline */
    public Setup allRemote() {
        return SetupGenerators.allRemote(application());
    }

    /** @return one function per entry task, everything it reaches inline */
    public Setup allLocal() {
        return SetupGenerators.allLocal(application());
    }

    /**
     * @param seed a seed, e.g. one that a failure message names ({@code random seed 3})
     * @return the valid setup that seed draws
     */
    public Setup randomSetup(long seed) {
        return SetupGenerators.random(application(), seed);
    }

    /**
     * @param text a setup in text form, e.g. {@code Checkout+Price@512, Ship@128}; the header may be left out
     * @return the setup, checked
     * @throws IllegalArgumentException when it is malformed or not valid for the application
     */
    public Setup setup(String text) {
        return SetupValidator.requireValid(SetupText.parse(text, application().name()), application());
    }

    /** @return the setups of the kit's matrix, each checked */
    public List<NamedSetup> setups() {
        return matrix().setupsFor(application());
    }

    /**
     * Runs one request and waits until every invocation it caused has ended.
     *
     * @param setup the setup to run it under
     * @param entry an entry task
     * @param json the request's payload, as JSON
     * @return the run: result or failure, and records
     * @throws IllegalArgumentException when the setup is not valid for the application, the task
     *     is not an entry or the payload not JSON
     * @throws AssertionError when invocations still run after the kit's async wait
     */
    public KitRun run(NamedSetup setup, String entry, String json) {
        Objects.requireNonNull(setup, "setup must not be null");
        SetupValidator.requireValid(setup.setup(), application());
        return KitRunner.run(settings, setup, requireEntry(entry), parse(json));
    }

    /**
     * Runs one request under a setup of the test's own, labelled {@code setup} in messages.
     *
     * @param setup the setup to run it under
     * @param entry an entry task
     * @param json the request's payload, as JSON
     * @return the run: result or failure, and records
     * @throws IllegalArgumentException when the setup is not valid for the application, the task
     *     is not an entry or the payload not JSON
     * @throws AssertionError when invocations still run after the kit's async wait
     */
    public KitRun run(Setup setup, String entry, String json) {
        return run(new NamedSetup("setup", setup), entry, json);
    }

    /**
     * @param entry an entry task
     * @param json the request's payload, as JSON
     * @return one run per setup of the kit's matrix, in the matrix's order
     * @throws IllegalArgumentException when the task is not an entry or the payload not JSON
     */
    public List<KitRun> runAll(String entry, String json) {
        return setups().stream().map(setup -> run(setup, entry, json)).toList();
    }

    /**
     * Runs a deterministic request under every setup of the kit's matrix and checks that each ends
     * the same way: an equal result, or the same failure (task, error type and message).
     *
     * @param entry an entry task
     * @param json the request's payload, as JSON
     * @return the runs, for further checks
     * @throws AssertionError naming the first setup, in text form, whose outcome differs from the
     *     first setup's, with both outcomes and the outcome under every setup
     */
    public List<KitRun> assertSameResults(String entry, String json) {
        List<KitRun> runs = runAll(entry, json);
        SameResults.check(runs);
        return runs;
    }

    /**
     * @param context the test method's context
     * @return whether the method is annotated {@code @TestTemplate} itself (not through
     *     {@code @ParameterizedTest} or {@code @RepeatedTest}) and takes a {@link NamedSetup} or
     *     {@link Setup}, which the kit gives it
     */
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().filter(method -> method.isAnnotationPresent(TestTemplate.class))
                .map(Method::getParameterTypes).stream().flatMap(Arrays::stream)
                .anyMatch(SetupInvocation::takesSetup);
    }

    /**
     * @param context the test method's context
     * @return one invocation per setup of the kit's matrix, named after the setup
     */
    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return setups().stream().map(SetupInvocation::new);
    }

    /** @return the application, the matrix, the timeout and the faults */
    @Override
    public String toString() {
        StringBuilder faults = new StringBuilder();
        settings.faults().forEach((task, plan) -> faults.append(faults.length() == 0 ? "" : ", ")
                .append(task).append(' ').append(plan.description()));
        return "FusionizeKit[" + application().name() + ", setups " + matrix() + ", timeout " + timeout()
                + (faults.length() == 0 ? "" : ", " + faults) + "]";
    }

    private String requireEntry(String entry) {
        Objects.requireNonNull(entry, "entry must not be null");
        if (!application().entryTasks().contains(entry)) {
            throw new IllegalArgumentException(entry + " is not an entry task of application " + application().name()
                    + "; entries: " + application().entryTasks());
        }
        return entry;
    }

    private static JsonNode parse(String json) {
        Objects.requireNonNull(json, "json must not be null");
        try {
            JsonNode payload = WireCodec.mapper().readTree(json);
            if (payload == null || payload.isMissingNode()) {
                throw new IllegalArgumentException("the request's payload is empty; give JSON such as {}");
            }
            return payload;
        } catch (IOException notJson) {
            throw new IllegalArgumentException("the request's payload is not JSON: " + notJson.getMessage(), notJson);
        }
    }
}
