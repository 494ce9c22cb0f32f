package io.fusionize.platform.internal.async;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** A dispatcher that answers from a script and remembers every dispatch it saw. */
final class ScriptedDispatcher implements EventDispatcher {

    /** One dispatch as seen by the dispatcher. */
    record Dispatch(String functionName, String qualifier, String payload, long nanoTime) {
    }

    private final BiFunction<String, Integer, DispatchOutcome> script;
    private final Map<String, AtomicInteger> attemptsByPayload = new ConcurrentHashMap<>();
    private final List<Dispatch> dispatches = new CopyOnWriteArrayList<>();

    /** @param script maps a payload and its attempt number, from 1, to an outcome */
    ScriptedDispatcher(BiFunction<String, Integer, DispatchOutcome> script) {
        this.script = script;
    }

    static ScriptedDispatcher alwaysSucceeding() {
        return new ScriptedDispatcher((payload, attempt) -> DispatchOutcome.success());
    }

    static ScriptedDispatcher alwaysAnswering(DispatchOutcome outcome) {
        return new ScriptedDispatcher((payload, attempt) -> outcome);
    }

    @Override
    public DispatchOutcome dispatch(String functionName, String qualifier, byte[] payload) {
        String text = new String(payload, StandardCharsets.UTF_8);
        dispatches.add(new Dispatch(functionName, qualifier, text, System.nanoTime()));
        int attempt = attemptsByPayload.computeIfAbsent(text, key -> new AtomicInteger())
                .incrementAndGet();
        return script.apply(text, attempt);
    }

    List<Dispatch> dispatches() {
        return List.copyOf(dispatches);
    }

    List<Dispatch> dispatchesOf(String payload) {
        return dispatches.stream().filter(d -> d.payload().equals(payload)).toList();
    }

    Map<String, Long> countsByPayload() {
        return dispatches.stream()
                .collect(Collectors.groupingBy(Dispatch::payload, Collectors.counting()));
    }
}
