package io.fusionize.optimizer.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects candidates no other beats on both latency and cost. */
final class ParetoFront {

    private ParetoFront() {
    }

    static List<Candidate> of(List<Candidate> candidates) {
        List<Candidate> front = new ArrayList<>();
        for (Candidate c : candidates) {
            if (candidates.stream().noneMatch(other -> other.dominates(c))) {
                front.add(c);
            }
        }
        front.sort(Comparator.comparingDouble(c -> c.prediction().rootLatencyP50Ms()));
        return front;
    }
}
