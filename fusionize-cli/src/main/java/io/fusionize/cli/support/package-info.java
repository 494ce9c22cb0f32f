/**
 * What every command shares: error reporting, reading the setups users name, reaching a running
 * platform and the form of progress lines.
 */
package io.fusionize.cli.support;
