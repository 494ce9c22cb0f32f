/**
 * The task programming model: what an application author compiles against.
 *
 * <p>Write each unit of work as a {@link io.fusionize.api.Task}, call other tasks through the
 * {@link io.fusionize.api.TaskContext}, and assemble the tasks into an
 * {@link io.fusionize.api.Application}. Where each task runs is decided later, by the setup.
 */
package io.fusionize.api;
