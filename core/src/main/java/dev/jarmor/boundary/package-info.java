/**
 * Boundary analysis: one {@link dev.jarmor.boundary.Boundary} per kind of place where a name
 * crosses out of the program, each emitting {@link dev.jarmor.plan.Decision}s with reasons. The
 * registry is {@link dev.jarmor.boundary.Boundaries}; analyzers read, they never change the program.
 */
package dev.jarmor.boundary;
