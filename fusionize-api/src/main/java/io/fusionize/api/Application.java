package io.fusionize.api;

import java.lang.reflect.Type;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of tasks plus the entry tasks that outside clients may call.
 *
 * <p>Build one with {@link #builder(String)}; publish it to the tools through an
 * {@link ApplicationProvider}.
 */
public final class Application {

    private final String name;
    private final Map<String, TaskDefinition> tasks;
    private final Set<String> entryTasks;
    private final RequestSource requests;

    private Application(String name, Map<String, TaskDefinition> tasks, Set<String> entryTasks,
            RequestSource requests) {
        this.name = name;
        this.tasks = Collections.unmodifiableMap(tasks);
        this.entryTasks = Collections.unmodifiableSet(entryTasks);
        this.requests = requests;
    }

    /**
     * @param name the application's name, as used on the command line ({@code --app NAME})
     * @return a builder for an application of that name
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the application's name */
    public String name() {
        return name;
    }

    /** @return every task by name, in registration order */
    public Map<String, TaskDefinition> tasks() {
        return tasks;
    }

    /** @return the names of the tasks that outside clients may call */
    public Set<String> entryTasks() {
        return entryTasks;
    }

    /**
     * @param taskName a task name
     * @return the task's definition, if the application has it
     */
    public Optional<TaskDefinition> task(String taskName) {
        return Optional.ofNullable(tasks.get(taskName));
    }

    /**
     * The requests that load this application in runs and experiments. Without one given to the
     * builder, requests go to an entry drawn at random with the payload {@code {"seed": N}}, N drawn
     * from the request's random.
     *
     * @return where load requests come from
     */
    public RequestSource requests() {
        if (requests != null) {
            return requests;
        }
        List<String> entries = List.copyOf(entryTasks);
        return random -> new Request(entries.get(random.nextInt(entries.size())),
                "{\"seed\":" + random.nextInt(Integer.MAX_VALUE) + "}");
    }

    /** @return whether the application provides its own request source */
    public boolean hasOwnRequests() {
        return requests != null;
    }

    @Override
    public String toString() {
        return "Application[" + name + ", tasks=" + tasks.keySet() + ", entries=" + entryTasks + "]";
    }

    /** Collects tasks and entry tasks, then checks that every declared callee exists. */
    public static final class Builder {

        private final String name;
        private final Map<String, TaskDefinition> tasks = new LinkedHashMap<>();
        private final Set<String> entryTasks = new LinkedHashSet<>();
        private RequestSource requests;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "application name must not be null");
            if (name.isBlank()) {
                throw new IllegalArgumentException("application name must not be blank");
            }
        }

        /**
         * Registers a task whose input type is read from its class's {@code Task<I, O>} declaration.
         *
         * @param taskName the task's unique name
         * @param task the task's code
         * @param calls the callees it declares
         * @return this builder
         */
        public Builder task(String taskName, Task<?, ?> task, Calls calls) {
            return add(new TaskDefinition(taskName, task, null, calls));
        }

        /**
         * Registers a task with an explicit input type, as lambdas need.
         *
         * @param taskName the task's unique name
         * @param inputType the type its input is bound to
         * @param task the task's code
         * @param calls the callees it declares
         * @return this builder
         */
        public Builder task(String taskName, Type inputType, Task<?, ?> task, Calls calls) {
            Objects.requireNonNull(inputType, "input type must not be null");
            return add(new TaskDefinition(taskName, task, inputType, calls));
        }

        /**
         * Registers a task that outside clients may call.
         *
         * @param taskName the task's unique name
         * @param task the task's code
         * @param calls the callees it declares
         * @return this builder
         */
        public Builder entry(String taskName, Task<?, ?> task, Calls calls) {
            task(taskName, task, calls);
            entryTasks.add(taskName);
            return this;
        }

        /**
         * Registers a task that outside clients may call, with an explicit input type, as lambdas
         * need.
         *
         * @param taskName the task's unique name
         * @param inputType the type its input is bound to
         * @param task the task's code
         * @param calls the callees it declares
         * @return this builder
         */
        public Builder entry(String taskName, Type inputType, Task<?, ?> task, Calls calls) {
            task(taskName, inputType, task, calls);
            entryTasks.add(taskName);
            return this;
        }

        /**
         * Gives the application its own load requests, e.g. a {@link RequestMix}.
         *
         * @param source where load requests come from
         * @return this builder
         */
        public Builder requests(RequestSource source) {
            this.requests = Objects.requireNonNull(source, "request source must not be null");
            return this;
        }

        private Builder add(TaskDefinition definition) {
            if (tasks.putIfAbsent(definition.name(), definition) != null) {
                throw new IllegalArgumentException(
                        "application " + name + " already has a task named " + definition.name());
            }
            return this;
        }

        /**
         * @return the application
         * @throws IllegalStateException when it has no entry task, a task declares an unknown
         *     callee, or a request mix names a task that is not an entry
         */
        public Application build() {
            if (entryTasks.isEmpty()) {
                throw new IllegalStateException("application " + name + " has no entry task");
            }
            tasks.values().forEach(this::checkCallees);
            if (requests instanceof RequestMix mix) {
                mix.entryShares().keySet().stream().filter(e -> !entryTasks.contains(e)).findFirst()
                        .ifPresent(e -> {
                            throw new IllegalStateException("application " + name + " has requests for " + e
                                    + ", which is not an entry task; entries: " + entryTasks);
                        });
            }
            return new Application(name, new LinkedHashMap<>(tasks), new LinkedHashSet<>(entryTasks), requests);
        }

        private void checkCallees(TaskDefinition definition) {
            Set<String> callees = new LinkedHashSet<>(definition.calls().syncCallees());
            callees.addAll(definition.calls().asyncCallees());
            for (String callee : callees) {
                if (!tasks.containsKey(callee)) {
                    throw new IllegalStateException("task " + definition.name()
                            + " declares a call to unknown task " + callee);
                }
            }
        }
    }
}
