package io.fusionize.deploy.loop;

/** Hears what a {@link RoundEngine} decides, to print or record it. */
public interface RoundListener {

    /**
     * A round was decided; called before the decision is carried out.
     *
     * @param state the state the decision was taken in
     * @param decision the decision
     */
    void decided(LoopState state, Decision decision);

    /**
     * A decision was carried out and the state is one round on.
     *
     * @param state the new state
     */
    default void roundDone(LoopState state) {
        // most listeners only print decisions
    }
}
