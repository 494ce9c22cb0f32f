/**
 * {@code fusionize platform}: the local Lambda-compatible platform, run in the foreground.
 */
package io.fusionize.cli.platform;
