package io.fusionize.deploy.artifact;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Selects the application classes one function needs.
 *
 * <p>The rule: every class reachable from the code of the tasks the function runs is kept. The
 * provider and what it reaches are kept too, because building the application model
 * instantiates every task; but for a task the function never runs, only its class and the types
 * its declarations name are kept, not the classes its method bodies use. Classes that only
 * such task bodies reach are left out.
 */
public final class ClassSelector {

    private final CodeSource source;
    private final Map<String, ClassReferences> references = new HashMap<>();

    /**
     * @param source the application's code
     */
    public ClassSelector(CodeSource source) {
        this.source = source;
    }

    /**
     * @param providerClass internal name of the application's provider
     * @param runTaskClasses internal names of the classes of the tasks the function runs
     * @param otherTaskClasses internal names of the classes of the tasks it never runs
     * @return internal names of the classes to package, sorted
     */
    public synchronized Set<String> select(String providerClass, Collection<String> runTaskClasses,
            Collection<String> otherTaskClasses) {
        Set<String> needed = closure(runTaskClasses, Set.of(), new TreeSet<>());
        Set<String> declarationsOnly = new LinkedHashSet<>(otherTaskClasses);
        declarationsOnly.removeAll(needed);
        return closure(Set.of(providerClass), declarationsOnly, needed);
    }

    /**
     * Adds a class and everything its code reaches.
     *
     * @param roots internal names to start from
     * @param selected the selection to grow
     * @return the grown selection
     */
    public synchronized Set<String> addWithClosure(Collection<String> roots, Set<String> selected) {
        return closure(roots, Set.of(), selected);
    }

    private Set<String> closure(Collection<String> roots, Set<String> declarationsOnly, Set<String> selected) {
        Deque<String> pending = new ArrayDeque<>(roots);
        Set<String> visited = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!source.hasClass(name) || !visited.add(name)) {
                continue;
            }
            selected.add(name);
            ClassReferences refs = referencesOf(name);
            pending.addAll(declarationsOnly.contains(name) ? refs.structural() : refs.all());
        }
        return selected;
    }

    private ClassReferences referencesOf(String name) {
        return references.computeIfAbsent(name, n -> ClassReferences.of(source.classFile(n)));
    }
}
