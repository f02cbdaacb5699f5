/**
 * Boundary analysis: one {@link dev.jarmor.boundary.Boundary} per kind of place where a name
 * crosses out of the program, each emitting {@link dev.jarmor.plan.Decision}s with reasons: keep a
 * name, adapt a string that spells it, pin a serialVersionUID, or note what only a rule can cover.
 * The registry is {@link dev.jarmor.boundary.Boundaries}; analyzers read, they never change the
 * program. Where a supertype cannot be read, analyzers assume what it could be ({@code
 * MissingSupertypeBoundary} keeps what may override it, {@code SerializationBoundary} treats the class as
 * Serializable). What the user should know that decides no name (a keep pattern that matches nothing) goes
 * to {@link dev.jarmor.boundary.AnalysisContext#warnings()}. The user's keeps come in as patterns and rules
 * of package {@code rules} ({@code KeepPatternBoundary}, {@code RuleBoundary}), which knows nothing of this one.
 *
 * <p>Names found by string share a few helpers: {@link dev.jarmor.boundary.StringConstants} addresses
 * every string constant by its {@link dev.jarmor.plan.ConstantSite}, {@code ClassNameString} tells
 * which strings spell a program class, and {@code ReflectionInterpreter} (an ASM analysis
 * interpreter, run by {@code TrackedFrames}) follows strings and Class objects through a method for
 * the reflection and data-model analyses; where a name is known only in part, {@code SuggestedRule}
 * spells the keep rule that covers it. {@code ClassNamesInText} finds class names in text files, for
 * the program's resources (adapted) and a WAR's web content (kept: it is carried unchanged).
 */
package dev.jarmor.boundary;
