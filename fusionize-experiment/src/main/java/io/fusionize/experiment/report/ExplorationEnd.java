package io.fusionize.experiment.report;

/** How the optimizer's rounds ended, as a report states it next to the number of deployments. */
public enum ExplorationEnd {

    /** The optimizer said it converged. */
    CONVERGED,
    /** The rounds reached the most setups to deploy before the optimizer converged. */
    DEPLOYMENT_LIMIT,
    /** The rounds stopped otherwise, e.g. at a decision that changed nothing. */
    STOPPED;

    /**
     * @param deployments how many setups the optimizer deployed
     * @return the deployments in words, e.g. {@code 9 deployments to converge}; a run that did not
     *     converge never says it did
     */
    public String describe(int deployments) {
        return switch (this) {
            case CONVERGED -> deployments + " deployments to converge";
            case DEPLOYMENT_LIMIT -> "stopped at the deployment limit (" + deployments + ") without converging";
            case STOPPED -> deployments + " deployments, stopped without converging";
        };
    }

    /**
     * @param deployments how many setups the optimizer deployed
     * @return the report's line about them, e.g. {@code Deployments to converge: 9}
     */
    public String reportLine(int deployments) {
        return this == CONVERGED ? "Deployments to converge: " + deployments
                : "Deployments: " + describe(deployments);
    }
}
