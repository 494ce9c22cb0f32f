package io.fusionize.core.runtime.testapp;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.api.TaskFailedException;
import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupGenerators;
import io.fusionize.core.setup.SetupText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small application exercising every kind of call: {@code Start} calls {@code Sum} (which calls
 * {@code Check}) sync, {@code Square} concurrently, {@code Mutate} sync and {@code Audit} async
 * (which sends to {@code Store}). {@code Guard} reports how a failing callee reached it.
 */
public final class CalcApp {

    /** Labels stored by {@code Store}, counted, so tests can see async work that finished. */
    public static final Map<String, Integer> STORED = new ConcurrentHashMap<>();

    private CalcApp() {
    }

    /** A request to {@code Start}. */
    public record Job(String label, List<Integer> numbers) {
    }

    /** A list of numbers. */
    public record Numbers(String label, List<Integer> values) {
    }

    /** One number. */
    public record Value(int value) {
    }

    /** What {@code Start} returns. */
    public record Report(String label, int sum, List<Integer> squares, boolean inputUntouched) {
    }

    /** @return the application {@code calc} */
    public static Application application() {
        return Application.builder("calc")
                .entry("Start", new Start(), Calls.sync("Sum", "Square", "Mutate").andAsync("Audit"))
                .entry("Guard", new Guard(), Calls.sync("Check"))
                .task("Sum", new Sum(), Calls.sync("Check"))
                .task("Check", new Check(), Calls.none())
                .task("Square", new Square(), Calls.none())
                .task("Mutate", new Mutate(), Calls.none())
                .task("Audit", new Audit(), Calls.async("Store"))
                .task("Store", new Store(), Calls.none())
                .build();
    }

    /** @return every task its own function */
    public static Setup allRemote() {
        return SetupGenerators.allRemote(application());
    }

    /** @return one function per entry task, everything inline */
    public static Setup allLocal() {
        return SetupGenerators.allLocal(application());
    }

    /** @return some calls inline, some remote, including an inline task that calls remotely */
    public static Setup mixed() {
        return SetupText.parse("calc v1: Start+Sum+Check&Audit@512, Guard@256, Check@128, Square@256, Mutate@128, Store@128");
    }

    static final class Start implements Task<Job, Report> {
        @Override
        public Report run(Job job, TaskContext context) {
            int sum = context.call("Sum", new Numbers(job.label(), job.numbers()), Integer.class);
            List<CompletableFuture<Integer>> squares = new ArrayList<>();
            for (int number : job.numbers()) {
                squares.add(context.callConcurrently("Square", new Value(number), Integer.class));
            }
            List<Integer> mine = new ArrayList<>(job.numbers());
            context.call("Mutate", mine, Integer.class);
            context.send("Audit", new Numbers(job.label(), job.numbers()));
            return new Report(job.label(), sum, squares.stream().map(CompletableFuture::join).toList(),
                    mine.equals(job.numbers()));
        }
    }

    static final class Guard implements Task<Numbers, String> {
        @Override
        public String run(Numbers numbers, TaskContext context) {
            try {
                context.call("Check", numbers, Boolean.class);
                return "passed";
            } catch (TaskFailedException failure) {
                return failure.task() + "|" + failure.errorType() + "|" + failure.errorMessage();
            }
        }
    }

    static final class Sum implements Task<Numbers, Integer> {
        @Override
        public Integer run(Numbers numbers, TaskContext context) {
            context.call("Check", numbers, Boolean.class);
            return numbers.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static final class Check implements Task<JsonNode, Boolean> {
        @Override
        public Boolean run(JsonNode numbers, TaskContext context) {
            for (JsonNode value : numbers.path("values")) {
                if (value.asInt() < 0) {
                    throw new IllegalArgumentException("negative number: " + value.asInt());
                }
            }
            return true;
        }
    }

    static final class Square implements Task<Value, Integer> {
        @Override
        public Integer run(Value value, TaskContext context) {
            return value.value() * value.value();
        }
    }

    static final class Mutate implements Task<List<Integer>, Integer> {
        @Override
        public Integer run(List<Integer> numbers, TaskContext context) {
            int size = numbers.size();
            numbers.clear();
            return size;
        }
    }

    static final class Audit implements Task<Numbers, Void> {
        @Override
        public Void run(Numbers numbers, TaskContext context) {
            context.send("Store", numbers);
            return null;
        }
    }

    static final class Store implements Task<Numbers, Void> {
        @Override
        public Void run(Numbers numbers, TaskContext context) throws InterruptedException {
            Thread.sleep(50); // long enough that a runtime not waiting for async work would finish first
            STORED.merge(numbers.label(), 1, Integer::sum);
            return null;
        }
    }
}
