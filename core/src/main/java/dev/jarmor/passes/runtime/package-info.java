/**
 * The jarmor runtime in the output. {@link dev.jarmor.passes.runtime.RuntimeLibrary} relocates the classes of
 * {@code dev.jarmor.runtime} into a package of the build's own and names their members for the passes that call
 * them; {@link dev.jarmor.passes.runtime.RuntimePass}, the last pass, adds them to the output when a pass did, each
 * rewritten by the flow pass where it runs.
 */
package dev.jarmor.passes.runtime;
