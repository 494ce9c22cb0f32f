/**
 * Embedded storage of the example applications: SQLite database files that the processes of one
 * application share.
 */
package io.fusionize.examples.storage;
