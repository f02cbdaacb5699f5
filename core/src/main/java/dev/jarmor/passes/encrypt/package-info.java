/**
 * Code encrypted at rest ({@code --encrypt}): {@link dev.jarmor.passes.encrypt.EncryptionPass} moves the bodies of
 * the methods {@link dev.jarmor.passes.encrypt.MovePolicy} lets go into one encrypted class per class, which the
 * runtime's {@link dev.jarmor.runtime.EncryptedBodies} decrypts and defines as a hidden nestmate at the first call.
 */
package dev.jarmor.passes.encrypt;
