/**
 * {@code fusionize invoke}: one request run in-process under a setup.
 */
package io.fusionize.cli.invoke;
