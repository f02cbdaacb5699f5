/**
 * Hidden references: {@link dev.jarmor.passes.references.ReferenceHidingPass} turns calls into
 * invokedynamic call sites whose encrypted targets the jarmor runtime resolves on first use;
 * {@link dev.jarmor.passes.references.CallPolicy} says which calls qualify and
 * {@link dev.jarmor.passes.references.CallTargets} resolves them through the output's hierarchy
 * ({@link dev.jarmor.passes.OutputModel}).
 */
package dev.jarmor.passes.references;
