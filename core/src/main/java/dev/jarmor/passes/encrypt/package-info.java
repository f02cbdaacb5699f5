/**
 * Code encrypted at rest ({@code --encrypt}): {@link dev.jarmor.passes.encrypt.EncryptionPass} moves the bodies of
 * the methods {@link dev.jarmor.passes.encrypt.MovePolicy} lets go into one encrypted class per class, which the
 * runtime's {@link dev.jarmor.runtime.EncryptedBodies} decrypts and defines as a hidden nestmate at the first call,
 * after the run-time checks {@link dev.jarmor.passes.encrypt.DecryptionChecks} names, with the part of the key a
 * licence holds.
 */
package dev.jarmor.passes.encrypt;
