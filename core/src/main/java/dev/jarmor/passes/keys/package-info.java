/**
 * The keys of the program's classes: what strings, hidden calls and masked numbers are encrypted under besides a
 * site's own constants. {@link dev.jarmor.passes.keys.ClassKeys} gives the passes each class's key as the runtime
 * will compute it; {@link dev.jarmor.passes.keys.ClassKeyPass}, after them, makes the classes register it as they
 * are initialized.
 */
package dev.jarmor.passes.keys;
