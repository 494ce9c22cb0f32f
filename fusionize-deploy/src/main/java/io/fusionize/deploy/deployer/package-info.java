/**
 * Versioned roll-out of setups through the Lambda control plane: every setup version becomes one
 * published version per function plus the alias {@code vN}; retired versions are removed.
 */
package io.fusionize.deploy.deployer;
