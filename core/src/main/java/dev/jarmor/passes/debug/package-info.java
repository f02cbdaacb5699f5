/**
 * What a class file says of its source besides its code: {@link dev.jarmor.passes.debug.DebugNamesPass}
 * removes the source's names (file, locals, parameters) at level 1; {@link dev.jarmor.passes.debug.LineNumberPass}
 * moves or reduces line numbers at every level and records them for retrace.
 */
package dev.jarmor.passes.debug;
