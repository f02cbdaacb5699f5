/**
 * The renaming pass: {@link dev.jarmor.passes.rename.RenamePass} rewrites every class through ASM's
 * ClassRemapper with a remapper that asks the plan, covering what ClassRemapper leaves alone
 * (annotation element names, record components, the ObjectMethods bootstrap, InnerClasses names), and
 * writes the plan's adapted strings into code, constant values and resources; Scala's signatures stay
 * only where the names they spell do ({@link dev.jarmor.passes.rename.ScalaSignatures}).
 */
package dev.jarmor.passes.rename;
