package io.fusionize.testkit;

import io.fusionize.protocol.fusion.InvocationRecord;
import io.fusionize.protocol.fusion.TaskTiming;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The invocation records of a run, read the way a test asks about them: how many invocations,
 * of which functions, which calls went inline and which remote.
 *
 * <pre>{@code
 * RecordsView records = run.records();
 * assertThat(records.invocationCount()).isEqualTo(3);
 * assertThat(records.invocationsOf("Ship")).hasSize(1);
 * assertThat(records.calls("Checkout", "Price")).singleElement().matches(RecordedCall::inline);
 * assertThat(records.routes()).contains("Checkout -> Ship async remote");
 * }</pre>
 *
 * <p>Functions are named by their entry task, as in the setup text form.
 */
public final class RecordsView {

    private final List<InvocationRecord> records;

    private RecordsView(List<InvocationRecord> records) {
        this.records = List.copyOf(records);
    }

    /**
     * @param records invocation records, e.g. those of an {@code InProcessHarness}
     * @return a view of them
     */
    public static RecordsView of(List<InvocationRecord> records) {
        return new RecordsView(Objects.requireNonNull(records, "records must not be null"));
    }

    /** @return every record, in the order the invocations ended */
    public List<InvocationRecord> all() {
        return records;
    }

    /** @return how many function invocations the run made, retries of async ones included */
    public int invocationCount() {
        return records.size();
    }

    /**
     * @param entryTask the entry task of a function
     * @return the invocations of that function
     */
    public List<InvocationRecord> invocationsOf(String entryTask) {
        Objects.requireNonNull(entryTask, "entryTask must not be null");
        return records.stream().filter(record -> entryTask.equals(record.entryTask())).toList();
    }

    /** @return the entry tasks of the functions that were invoked, in name order */
    public SortedSet<String> functions() {
        return records.stream().map(InvocationRecord::entryTask).collect(Collectors.toCollection(TreeSet::new));
    }

    /** @return the invocations that ended in an error, a timeout included */
    public List<InvocationRecord> failedInvocations() {
        return records.stream().filter(InvocationRecord::failed).toList();
    }

    /** @return every call made during the run, invocation by invocation */
    public List<RecordedCall> calls() {
        return records.stream().flatMap(record -> record.calls().stream()).map(RecordedCall::of).toList();
    }

    /**
     * @param caller the calling task
     * @param callee the called task
     * @return every call the caller made to the callee
     */
    public List<RecordedCall> calls(String caller, String callee) {
        return calls().stream().filter(call -> call.caller().equals(caller) && call.callee().equals(callee)).toList();
    }

    /** @return the calls whose callee ran in another function */
    public List<RecordedCall> remoteCalls() {
        return calls().stream().filter(RecordedCall::remote).toList();
    }

    /** @return the calls whose callee ran in-process, in the caller's function */
    public List<RecordedCall> inlineCalls() {
        return calls().stream().filter(RecordedCall::inline).toList();
    }

    /** @return every distinct route the run's calls took, e.g. {@code Checkout -> Price sync inline}, in order */
    public SortedSet<String> routes() {
        return calls().stream().map(RecordedCall::route).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @param task a task
     * @return how often it ran, inline or as an entry, retries included
     */
    public int executionsOf(String task) {
        return (int) records.stream().flatMap(record -> record.tasks().stream())
                .map(TaskTiming::task).filter(task::equals).count();
    }

    /** @return one line per invocation: function, outcome and calls */
    @Override
    public String toString() {
        return records.stream().map(RecordsView::describe).collect(Collectors.joining("\n"));
    }

    private static String describe(InvocationRecord record) {
        String outcome = record.failed() ? "failed with " + record.errorType() : "succeeded";
        String calls = record.calls().stream().map(call -> RecordedCall.of(call).toString())
                .collect(Collectors.joining(", "));
        return record.entryTask() + " (" + record.memoryMb() + " MB) " + outcome
                + (calls.isEmpty() ? "" : "; calls " + calls);
    }
}
