/**
 * Turns setups into running functions and keeps improving them: per-function artifacts
 * ({@code .artifact}), versioned roll-out through the Lambda control plane ({@code .deployer}), the
 * HTTP gateway for root requests ({@code .gateway}) and the monitor-optimize-redeploy control loop
 * ({@code .loop}). Platform access goes through the AWS SDK ({@code .lambda}), so the same code
 * can target the local platform or AWS Lambda.
 */
package io.fusionize.deploy;
