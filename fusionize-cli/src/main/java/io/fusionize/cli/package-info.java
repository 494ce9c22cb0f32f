/**
 * The {@code fusionize} command: its entry point and top-level command.
 */
package io.fusionize.cli;
