/**
 * {@code fusionize deploy}: packages an application's functions for a setup and creates them on a
 * running platform.
 */
package io.fusionize.cli.deploy;
