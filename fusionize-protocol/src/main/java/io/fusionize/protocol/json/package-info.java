/** The one JSON mapper configuration that every wire document of the project is read and written with. */
package io.fusionize.protocol.json;
