/** AWS Lambda's wire contracts: Invoke and control-plane API, Runtime API, error types, limits and bodies. */
package io.fusionize.protocol.lambda;
