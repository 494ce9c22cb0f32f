package io.fusionize.deploy.load;

import io.fusionize.api.Application;
import io.fusionize.api.Calls;
import io.fusionize.api.Task;

/** An application that exists only as a shape: entries {@code read} and {@code write}, one inner task. */
final class ShopApplication {

    private static final Task<Object, Object> ECHO = (input, context) -> input;

    private ShopApplication() {
    }

    /** @return the application, without request source of its own */
    static Application create() {
        return Application.builder("shop")
                .entry("read", Object.class, ECHO, Calls.sync("price"))
                .entry("write", Object.class, ECHO, Calls.none())
                .task("price", Object.class, ECHO, Calls.none())
                .build();
    }
}
