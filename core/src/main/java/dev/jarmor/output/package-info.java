/**
 * Writing the output: {@link dev.jarmor.output.JarOutput} writes a reproducible jar (sorted entries,
 * fixed timestamps) to a temporary file and moves it into place only when it is complete and checked,
 * in the input's {@link dev.jarmor.input.Layout}: a Spring Boot jar or WAR comes out as one, its nested
 * jars stored. An entry no pass changed is written as the compressed bytes it came with, neither inflated nor
 * deflated again; a class file is deflated as soon as it is written, so that the output is held compressed. {@link dev.jarmor.output.ClassPathView} writes out the class path a layout's launcher
 * builds, for the load check.
 */
package dev.jarmor.output;
