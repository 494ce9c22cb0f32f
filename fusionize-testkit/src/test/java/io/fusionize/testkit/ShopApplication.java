package io.fusionize.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fusionize.api.Application;
import io.fusionize.api.ApplicationProvider;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;
import io.fusionize.api.TaskContext;
import io.fusionize.api.TaskFailedException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application the kit's tests run: {@code Checkout} calls {@code Price} (which calls
 * {@code Tax}) and {@code Pay} sync, and sends to {@code Ship}, which sends to {@code Notify}.
 * Two entries are deliberately not deterministic: {@code Count} returns a static counter, and
 * {@code Where} says whether {@code Probe} ran inline.
 */
public final class ShopApplication implements ApplicationProvider {

    /** The application's name. */
    public static final String NAME = "shop";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** An order: item prices in cents. */
    public record Order(List<Integer> items) {
    }

    /** What {@code Checkout} returns. */
    public record Receipt(int total, String payment) {
    }

    /** An amount in cents. */
    public record Amount(int cents) {
    }

    /** What {@code Where} returns. */
    public record Place(boolean inline) {
    }

    @Override
    public Application application() {
        return Application.builder(NAME)
                .entry("Checkout", new Checkout(), Calls.sync("Price", "Pay").andAsync("Ship"))
                .task("Price", new Price(), Calls.sync("Tax"))
                .task("Tax", new Tax(), Calls.none())
                .task("Pay", new Pay(), Calls.none())
                .task("Ship", new Ship(), Calls.async("Notify"))
                .task("Notify", new Notify(), Calls.none())
                .entry("Count", new Count(), Calls.none())
                .entry("Where", new Where(), Calls.sync("Probe"))
                .task("Probe", new Probe(), Calls.none())
                .build();
    }

    static final class Checkout implements Task<Order, Receipt> {
        @Override
        public Receipt run(Order order, TaskContext context) {
            int total = context.call("Price", order, Amount.class).cents();
            String payment;
            try {
                payment = context.call("Pay", new Amount(total), String.class);
            } catch (TaskFailedException failure) {
                payment = "failed: " + failure.errorType() + ": " + failure.errorMessage();
            }
            context.send("Ship", order);
            return new Receipt(total, payment);
        }
    }

    static final class Price implements Task<Order, Amount> {
        @Override
        public Amount run(Order order, TaskContext context) {
            int net = order.items().stream().mapToInt(Integer::intValue).sum();
            return new Amount(net + context.call("Tax", new Amount(net), Amount.class).cents());
        }
    }

    static final class Tax implements Task<Amount, Amount> {
        @Override
        public Amount run(Amount net, TaskContext context) {
            return new Amount(net.cents() / 5);
        }
    }

    static final class Pay implements Task<Amount, String> {
        @Override
        public String run(Amount amount, TaskContext context) {
            return "paid " + amount.cents();
        }
    }

    static final class Ship implements Task<Order, Void> {
        @Override
        public Void run(Order order, TaskContext context) {
            context.send("Notify", new Amount(order.items().size()));
            return null;
        }
    }

    static final class Notify implements Task<Amount, Void> {
        @Override
        public Void run(Amount parcels, TaskContext context) {
            return null;
        }
    }

    /** Not deterministic: its result depends on how often it ran before in this JVM. */
    static final class Count implements Task<JsonNode, Integer> {
        @Override
        public Integer run(JsonNode ignored, TaskContext context) {
            return COUNTER.incrementAndGet();
        }
    }

    /** Not deterministic across setups: its result says whether the setup inlines {@code Probe}. */
    static final class Where implements Task<JsonNode, Place> {
        @Override
        public Place run(JsonNode ignored, TaskContext context) {
            String probed = context.call("Probe", ignored, String.class);
            return new Place(probed.equals(context.invocationId()));
        }
    }

    static final class Probe implements Task<JsonNode, String> {
        @Override
        public String run(JsonNode ignored, TaskContext context) {
            return context.invocationId();
        }
    }
}
