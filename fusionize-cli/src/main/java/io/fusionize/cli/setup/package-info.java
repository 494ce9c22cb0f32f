/**
 * {@code fusionize setup}: generating, validating and comparing setups.
 */
package io.fusionize.cli.setup;
