/**
 * Transformations of the program, one sub-package per {@link dev.jarmor.passes.Pass}. A pass reads
 * the plan and returns a new program; it never decides what is kept.
 */
package dev.jarmor.passes;
