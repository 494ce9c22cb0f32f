/**
 * {@code fusionize demo}: the IoT application under three setups.
 */
package io.fusionize.cli.demo;
