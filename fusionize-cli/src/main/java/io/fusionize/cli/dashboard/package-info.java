/** The {@code fusionize dashboard} command. */
package io.fusionize.cli.dashboard;
