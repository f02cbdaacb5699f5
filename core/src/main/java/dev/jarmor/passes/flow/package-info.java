/**
 * Control-flow obfuscation (level 3). The entry point is {@link dev.jarmor.passes.flow.FlowObfuscationPass};
 * each of the other classes does one step of it on one method: {@link dev.jarmor.passes.flow.BasicBlocks}
 * splits the code, {@link dev.jarmor.passes.flow.FlowAnalysis} finds the types, uninitialized objects and
 * loops at each block, {@link dev.jarmor.passes.flow.Flattener}, {@link dev.jarmor.passes.flow.OpaquePredicates},
 * {@link dev.jarmor.passes.flow.BlockShuffler} and {@link dev.jarmor.passes.flow.BogusHandlers} rewrite, and
 * {@link dev.jarmor.passes.HierarchyClassWriter} recomputes the frames through the output's hierarchy (a
 * method whose types a class missing from the classpath decides is left as it was);
 * {@link dev.jarmor.passes.flow.JitLimits} decides how much a method may grow.
 */
package dev.jarmor.passes.flow;
