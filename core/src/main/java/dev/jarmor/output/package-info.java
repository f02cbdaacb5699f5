/**
 * Writing the output: {@link dev.jarmor.output.JarOutput} writes a reproducible jar (sorted entries,
 * fixed timestamps) to a temporary file and moves it into place only when it is complete and checked.
 */
package dev.jarmor.output;
