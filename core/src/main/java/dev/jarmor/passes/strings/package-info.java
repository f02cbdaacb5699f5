/**
 * String encryption (level 2). The entry point is {@link dev.jarmor.passes.strings.StringEncryptionPass}, which
 * turns each string constant and concatenation recipe into a call the runtime decodes under the class's key;
 * {@link dev.jarmor.passes.strings.ColdMessages} moves the messages a method builds for the exceptions it throws
 * into methods of their own where encrypting them in place would push the method across a JIT limit.
 */
package dev.jarmor.passes.strings;
