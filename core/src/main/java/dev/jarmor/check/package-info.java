/**
 * The check engine: proves a protected build with the user's own commands and tests, against the original, at
 * each protection level and wire mode ({@link dev.jarmor.check.Check}), and searches for the rules that fix a failing
 * variant ({@link dev.jarmor.check.FixRun}). An API of the
 * engine with no console; the CLI's {@code check} command and the Maven plugin print what it reports.
 */
package dev.jarmor.check;
