package io.fusionize.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ApplicationTests {

    private static final Task<String, String> ECHO = (input, context) -> input;

    @Test
    void keepsTasksEntriesAndDeclaredCallsInOrder() {
        Application app = Application.builder("shop")
                .entry("order", String.class, ECHO, Calls.sync("price", "stock").andAsync("mail"))
                .task("price", String.class, ECHO, Calls.none())
                .task("stock", String.class, ECHO, Calls.none())
                .task("mail", String.class, ECHO, Calls.none())
                .build();

        assertThat(app.name()).isEqualTo("shop");
        assertThat(app.tasks().keySet()).containsExactly("order", "price", "stock", "mail");
        assertThat(app.entryTasks()).containsExactly("order");
        TaskDefinition order = app.task("order").orElseThrow();
        assertThat(order.inputType()).isEqualTo(String.class);
        assertThat(order.calls().syncCallees()).containsExactly("price", "stock");
        assertThat(order.calls().asyncCallees()).containsExactly("mail");
        assertThat(app.task("missing")).isEmpty();
    }

    @Test
    void refusesADuplicateTaskName() {
        Application.Builder builder = Application.builder("shop").task("a", ECHO, Calls.none());

        assertThatThrownBy(() -> builder.task("a", ECHO, Calls.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("application shop already has a task named a");
    }

    @Test
    void refusesADeclaredCallToAnUnknownTask() {
        Application.Builder builder = Application.builder("shop").entry("a", ECHO, Calls.async("ghost"));

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("task a declares a call to unknown task ghost");
    }

    @Test
    void refusesAnApplicationWithoutEntryTask() {
        Application.Builder builder = Application.builder("shop").task("a", ECHO, Calls.none());

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("application shop has no entry task");
    }

    @Test
    void callDeclarationsAreImmutableValues() {
        Calls sync = Calls.sync("a");
        Calls both = sync.andAsync("b");

        assertThat(sync.asyncCallees()).isEmpty();
        assertThat(both.syncCallees()).containsExactly("a");
        assertThat(both.asyncCallees()).containsExactly("b");
        assertThatThrownBy(() -> both.syncCallees().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void taskFailureCarriesTheCalleesErrorTypeAndMessage() {
        TaskFailedException error = new TaskFailedException("price", "java.lang.IllegalStateException", "no price");

        assertThat(error.task()).isEqualTo("price");
        assertThat(error.errorType()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.errorMessage()).isEqualTo("no price");
        assertThat(error).hasMessage("price failed with java.lang.IllegalStateException: no price");
    }

    @Test
    void withoutOwnRequestsSpreadsSeededRequestsOverTheEntries() {
        Application app = Application.builder("shop")
                .entry("order", String.class, ECHO, Calls.none())
                .entry("browse", String.class, ECHO, Calls.none())
                .build();
        Random random = new Random(5);
        Map<String, Integer> perEntry = new HashMap<>();

        for (int i = 0; i < 1_000; i++) {
            Request request = app.requests().next(random);
            assertThat(request.json()).matches("\\{\"seed\":\\d+}");
            perEntry.merge(request.entry(), 1, Integer::sum);
        }

        assertThat(app.hasOwnRequests()).isFalse();
        assertThat(perEntry.keySet()).containsExactlyInAnyOrder("order", "browse");
        assertThat(perEntry.get("order")).isBetween(400, 600);
    }

    @Test
    void keepsTheRequestSourceItIsGiven() {
        RequestSource source = random -> new Request("order", "{\"item\":1}");
        Application app = Application.builder("shop").entry("order", String.class, ECHO, Calls.none())
                .requests(source).build();

        assertThat(app.hasOwnRequests()).isTrue();
        assertThat(app.requests()).isSameAs(source);
    }

    @Test
    void refusesAMixWithRequestsForATaskThatIsNotAnEntry() {
        Application.Builder builder = Application.builder("shop")
                .entry("order", String.class, ECHO, Calls.sync("price"))
                .task("price", String.class, ECHO, Calls.none())
                .requests(RequestMix.builder().add(1, "price", "{}").build());

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("application shop has requests for price, which is not an entry task; entries: [order]");
    }
}
