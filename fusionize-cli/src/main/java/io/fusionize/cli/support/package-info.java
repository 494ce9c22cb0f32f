/**
 * What every command shares: error reporting and reading the setups users name.
 */
package io.fusionize.cli.support;
