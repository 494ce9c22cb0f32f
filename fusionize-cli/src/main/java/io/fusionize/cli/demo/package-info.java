/**
 * {@code fusionize demo}: the IoT application optimized on an embedded platform, or three of its
 * setups compared in-process.
 */
package io.fusionize.cli.demo;
