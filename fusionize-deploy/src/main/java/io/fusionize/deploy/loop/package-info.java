/**
 * The control loop behind {@code fusionize run}: deploy, serve, measure, optimize, redeploy; mark
 * and roll back bad setups; persist every decision so a restart resumes where it stopped.
 */
package io.fusionize.deploy.loop;
