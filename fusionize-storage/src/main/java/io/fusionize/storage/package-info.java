/**
 * State that several functions of one application share: one SQLite database file per
 * application, in the data directory that the environment variable {@code FUSIONIZE_DATA_DIR}
 * names.
 *
 * <p>A setup may run an application's tasks in any number of functions and processes; what one
 * task stores, another task in another function must still find. {@link io.fusionize.storage.DataDirectory}
 * says where the file lies, {@link io.fusionize.storage.SqliteDatabase} opens it so that every
 * process can write it at once, and {@link io.fusionize.storage.SqlWork} is the work run on it.
 * The module depends on the SQLite driver only, so that a function package that uses it carries
 * nothing else.
 */
package io.fusionize.storage;
