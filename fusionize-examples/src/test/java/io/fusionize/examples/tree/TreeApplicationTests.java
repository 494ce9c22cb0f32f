package io.fusionize.examples.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.api.Request;
import io.fusionize.examples.DirectTaskContext;
import io.fusionize.examples.DirectTaskContext.Call;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TreeApplicationTests {

    private final Application application = TreeApplication.create(Duration.ofMillis(5));

    @Test
    void declaresThePapersCallGraph() {
        assertThat(application.name()).isEqualTo("tree");
        assertThat(application.entryTasks()).containsExactly("A");
        assertThat(application.tasks()).containsOnlyKeys("A", "B", "C", "D", "E", "F", "G");
        assertThat(application.task("A").orElseThrow().calls().asyncCallees()).containsExactly("C");
        assertThat(application.task("A").orElseThrow().calls().syncCallees()).containsExactly("B");
        assertThat(application.task("B").orElseThrow().calls().syncCallees()).containsExactly("D");
        assertThat(application.task("D").orElseThrow().calls().syncCallees()).containsExactly("E");
        assertThat(application.task("C").orElseThrow().calls().asyncCallees()).containsExactly("F", "G");
    }

    @Test
    void isPublishedThroughTheServiceLoader() {
        assertThat(ServiceLoader.load(ApplicationProvider.class).stream()
                .map(provider -> provider.get().application().name()))
                .contains("tree");
    }

    @Test
    void returnsTheSyncChainsPath() {
        DirectTaskContext context = DirectTaskContext.forEntry(application);
        SyncPath path = context.runEntry(new TreeRequest(3L), SyncPath.class);
        assertThat(path).isEqualTo(new SyncPath(3L, List.of("A", "B", "D", "E"), 15));
    }

    @Test
    void itsLoadSeedsTheRootWhichPassesTheSeedAlong() throws Exception {
        Request request = application.requests().next(new Random(4));
        TreeRequest input = new ObjectMapper().readValue(request.json(), TreeRequest.class);

        SyncPath path = DirectTaskContext.forEntry(application).runEntry(input, SyncPath.class);

        assertThat(application.hasOwnRequests()).isTrue();
        assertThat(request.entry()).isEqualTo("A");
        assertThat(request.json()).isEqualTo("{\"seed\":" + input.seed() + "}");
        assertThat(path.seed()).isEqualTo(input.seed());
    }

    @Test
    void sendsTheAsyncBranchBeforeTheSyncOne() {
        DirectTaskContext context = DirectTaskContext.forEntry(application);
        context.runEntry(new TreeRequest(null), SyncPath.class);
        assertThat(context.calls()).containsExactly(
                new Call("A", "C", false), new Call("C", "F", false), new Call("C", "G", false),
                new Call("A", "B", true), new Call("B", "D", true), new Call("D", "E", true));
    }

    @Test
    void evaluationPausesAreHalfASecond() {
        assertThat(TreeApplication.EVALUATION_PAUSE).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aLinkRejectsANegativePause() {
        assertThatThrownBy(() -> PausingLink.last(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("pause must not be negative");
    }
}
