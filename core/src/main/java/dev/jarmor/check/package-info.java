/**
 * The check engine: proves a protected build with the user's own commands and tests, against the original, at
 * each protection level and wire mode, and searches for the rules that fix a failing variant. An API of the
 * engine with no console; the CLI's {@code check} command and the Maven plugin print what it reports.
 */
package dev.jarmor.check;
