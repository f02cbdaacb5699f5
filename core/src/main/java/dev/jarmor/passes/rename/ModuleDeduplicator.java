package dev.jarmor.passes.rename;

import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ModuleVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Drops repeated packages, exports and opens from a renamed module descriptor: when
 * {@code --repackage} moves several packages into one, each would otherwise be listed again under
 * the same new name, which the JVM rejects.
 */
final class ModuleDeduplicator extends ModuleVisitor {

  private final Set<String> packages = new HashSet<>();
  private final Set<String> exports = new HashSet<>();
  private final Set<String> opens = new HashSet<>();

  ModuleDeduplicator(ModuleVisitor next) {
    super(Opcodes.ASM9, next);
  }

  @Override
  public void visitPackage(String packaze) {
    if (packages.add(packaze)) {
      super.visitPackage(packaze);
    }
  }

  @Override
  public void visitExport(String packaze, int access, String... modules) {
    if (exports.add(packaze)) {
      super.visitExport(packaze, access, modules);
    }
  }

  @Override
  public void visitOpen(String packaze, int access, String... modules) {
    if (opens.add(packaze)) {
      super.visitOpen(packaze, access, modules);
    }
  }
}
