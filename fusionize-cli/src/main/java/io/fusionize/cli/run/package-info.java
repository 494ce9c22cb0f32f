/**
 * {@code fusionize run} and {@code fusionize status}: the monitor-optimize-redeploy loop and what it
 * has done so far.
 */
package io.fusionize.cli.run;
