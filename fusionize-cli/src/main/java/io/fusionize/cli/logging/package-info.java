/**
 * Where the libraries' and the platform's log lines go: while a long-running command runs, into a
 * log file next to its state, with a one-line count of the warnings on the console; otherwise to
 * standard error as before. SLF4J and {@code java.util.logging} both end up here.
 */
package io.fusionize.cli.logging;
