/**
 * Run-time checks woven into the program ({@code protect --license}, {@code --guard}):
 * {@link dev.jarmor.passes.checks.CheckRuntime} adds the checks' runtime classes to the program before it is
 * analysed, so that they are renamed and protected with it, and binds the licence API to them;
 * {@link dev.jarmor.passes.checks.CheckWeavingPass} calls the checks from the entry points and initializers and
 * points child processes at the licence; {@link dev.jarmor.passes.checks.TamperSeal} seals the output's class files
 * for the tamper guard.
 */
package dev.jarmor.passes.checks;
