package io.fusionize.reliability.soak;

import io.fusionize.core.setup.Setup;
import io.fusionize.core.setup.SetupDiff;
import io.fusionize.optimizer.History;
import io.fusionize.optimizer.Optimizer;
import io.fusionize.optimizer.Proposal;
import java.util.List;

/**
 * An optimizer that never converges: version N gets setup {@code (N - 1) mod k} of a fixed list,
 * or the next one after it that the loop has not marked bad, so that every round switches to a
 * different setup. Stateless, as optimizers must be.
 */
final class CyclingSetups implements Optimizer {

    private final List<Setup> setups;

    /** @param setups at least two setups of one application; the first is what the loop deploys first */
    CyclingSetups(List<Setup> setups) {
        if (setups.size() < 2) {
            throw new IllegalArgumentException("cycling needs at least two setups");
        }
        this.setups = List.copyOf(setups);
    }

    @Override
    public Proposal next(History history) {
        Setup last = history.last().setup();
        int version = history.nextVersion();
        for (int step = 0; step < setups.size(); step++) {
            Setup next = setups.get((version - 1 + step) % setups.size()).withVersion(version);
            // a setup the loop rolled back would end the cycle: the loop stops when offered one again
            if (!history.isMarkedBad(next) && !next.functions().equals(last.functions())) {
                return new Proposal.NextSetup(next, SetupDiff.between(last, next),
                        "the soak test switches every round");
            }
        }
        return new Proposal.Converged(last, "every setup of the cycle was marked bad");
    }
}
