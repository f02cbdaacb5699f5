package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Libraries that use the program: a {@code --lib} jar compiled against the program (a plugin, or a
 * library that depends on the one being protected, as commons-text does on commons-lang3) names its
 * classes and members in its own constant pool, which jarmor does not rewrite. Those names keep, and
 * so do program methods a library subclass overrides.
 */
public final class LibraryReferenceBoundary implements Boundary {

  private static final int CLASS = 7;
  private static final int FIELD_REF = 9;
  private static final int METHOD_REF = 10;
  private static final int INTERFACE_METHOD_REF = 11;

  @Override
  public String id() {
    return "library-reference";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    if (context.libraries() == null) {
      return;
    }
    Hierarchy hierarchy = context.hierarchy();
    List<byte[]> roots = packageRoots(hierarchy);
    context.libraries().forEachLibraryClass(bytes -> {
      ClassReader reader;
      try {
        reader = new ClassReader(bytes);
      } catch (RuntimeException notAClassFile) {
        return; // the hierarchy reads libraries leniently too: a broken entry is not this boundary's to report
      }
      if (roots != null && !namesProgramPackage(reader, roots)) {
        return; // most library classes: looked at without making a string of any constant
      }
      String user = reader.getClassName().replace('/', '.');
      char[] buffer = new char[reader.getMaxStringLength()];
      for (int item = 1; item < reader.getItemCount(); item++) {
        int offset = reader.getItem(item);
        if (offset == 0) {
          continue; // the second slot of a long or double
        }
        int tag = reader.readByte(offset - 1);
        if (tag == CLASS) {
          keepClass(hierarchy, reader.readUTF8(offset, buffer), user, decisions);
        } else if (tag == FIELD_REF || tag == METHOD_REF || tag == INTERFACE_METHOD_REF) {
          keepMember(hierarchy, reader, offset, buffer, tag == FIELD_REF, user, decisions);
        }
      }
      keepOverridden(hierarchy, reader, user, decisions);
    });
  }

  /**
   * The shortest package prefixes that cover every program class ({@code com/acme/} for
   * {@code com/acme/a} and {@code com/acme/b/c}), as the bytes a constant pool spells them in; null
   * when a class is in the default package and no prefix can tell.
   */
  private static List<byte[]> packageRoots(Hierarchy hierarchy) {
    java.util.TreeSet<String> packages = new java.util.TreeSet<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      if (cls.packageName().isEmpty()) {
        return null;
      }
      packages.add(cls.packageName() + "/");
    }
    List<byte[]> roots = new ArrayList<>();
    String last = null;
    for (String pkg : packages) {
      if (last == null || !pkg.startsWith(last)) {
        roots.add(pkg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        last = pkg;
      }
    }
    return roots;
  }

  /**
   * Whether a class constant (the only constant a class, member reference or supertype names a program class
   * through) spells a type, or an array of one, in a package {@code roots} covers.
   */
  private static boolean namesProgramPackage(ClassReader reader, List<byte[]> roots) {
    for (int item = 1; item < reader.getItemCount(); item++) {
      int offset = reader.getItem(item);
      if (offset == 0 || reader.readByte(offset - 1) != CLASS) {
        continue;
      }
      int utf8 = reader.getItem(reader.readUnsignedShort(offset));
      int start = utf8 + 2;
      int end = start + reader.readUnsignedShort(utf8);
      while (start < end && reader.readByte(start) == '[') {
        start++;
      }
      if (start > utf8 + 2 && start < end && reader.readByte(start) == 'L') {
        start++;
      }
      for (byte[] root : roots) {
        if (startsWith(reader, start, end, root)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean startsWith(ClassReader reader, int start, int end, byte[] prefix) {
    if (end - start < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (reader.readByte(start + i) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }

  private void keepClass(Hierarchy hierarchy, String name, String user, Consumer<Decision> decisions) {
    String element = name.startsWith("[") ? name.replaceFirst("^\\[+L?", "").replaceFirst(";$", "") : name;
    if (hierarchy.isProgramClass(element)) {
      decisions.accept(Decision.keep(Target.ofClass(element), id(), "library class " + user + " refers to it"));
    }
  }

  private void keepMember(Hierarchy hierarchy, ClassReader reader, int offset, char[] buffer, boolean field,
      String user, Consumer<Decision> decisions) {
    String owner = reader.readClass(offset, buffer);
    if (owner == null || !hierarchy.isProgramClass(owner)) {
      return;
    }
    int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
    String name = reader.readUTF8(nameAndType, buffer);
    String descriptor = reader.readUTF8(nameAndType + 2, buffer);
    MemberRef declaration = field ? hierarchy.resolveField(owner, name, descriptor)
        : hierarchy.resolveMethod(owner, name, descriptor);
    if (declaration != null && hierarchy.isProgramClass(declaration.owner()) && !name.startsWith("<")) {
      String text = "library class " + user + " refers to it";
      decisions.accept(Decision.keep(field ? Target.ofField(declaration.owner(), name, descriptor)
          : Target.ofMethod(declaration.owner(), name, descriptor), id(), text));
    }
  }

  /** A library class extending a program class: its methods override the program's by name. */
  private void keepOverridden(Hierarchy hierarchy, ClassReader reader, String user, Consumer<Decision> decisions) {
    List<String> supertypes = new ArrayList<>(List.of(reader.getInterfaces()));
    if (reader.getSuperName() != null) {
      supertypes.add(reader.getSuperName());
    }
    if (supertypes.stream().noneMatch(hierarchy::isProgramClass)) {
      return;
    }
    List<String[]> methods = new ArrayList<>();
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
          String[] exceptions) {
        methods.add(new String[] {name, descriptor});
        return null;
      }
    }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    for (String supertype : supertypes) {
      if (!hierarchy.isProgramClass(supertype)) {
        continue;
      }
      List<ClassInfo> searched = new ArrayList<>(hierarchy.ancestors(supertype));
      searched.add(0, hierarchy.find(supertype));
      for (ClassInfo ancestor : searched) {
        if (ancestor == null || !ancestor.isProgram()) {
          continue;
        }
        for (String[] method : methods) {
          if (!method[0].startsWith("<") && ancestor.method(method[0], method[1]) != null) {
            decisions.accept(Decision.keep(Target.ofMethod(ancestor.name(), method[0], method[1]), id(),
                "library class " + user + " overrides it"));
          }
        }
      }
    }
  }
}
