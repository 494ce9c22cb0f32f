package io.fusionize.optimizer.model;

import java.util.List;
import java.util.Optional;

/**
 * What a candidate search found.
 *
 * @param ranked the best memory assignment of every routing evaluated, best score first
 * @param front the candidates no other beats on both latency and cost, fastest first
 * @param routings how many distinct routings were evaluated
 */
record SearchResult(List<Candidate> ranked, List<Candidate> front, int routings) {

    Optional<Candidate> best() {
        return ranked.stream().findFirst();
    }
}
