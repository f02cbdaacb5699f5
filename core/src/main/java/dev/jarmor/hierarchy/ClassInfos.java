package dev.jarmor.hierarchy;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/** Builds {@link ClassInfo}s from parsed program trees and from library class-file headers. */
public final class ClassInfos {

  private ClassInfos() {}

  /** A program class; {@code variants} are its multi-release variants, whose members are merged in. */
  public static ClassInfo ofProgram(ClassNode node, List<ClassNode> variants) {
    List<MemberInfo> fields = new ArrayList<>();
    List<MemberInfo> methods = new ArrayList<>();
    addMembers(node, fields, methods);
    for (ClassNode variant : variants) {
      addMembers(variant, fields, methods);
    }
    return new ClassInfo(node.name, node.superName, node.interfaces, access(node), true, Nesting.of(node),
        descriptors(node.visibleAnnotations, node.invisibleAnnotations), fields, methods);
  }

  private static void addMembers(ClassNode node, List<MemberInfo> fields, List<MemberInfo> methods) {
    for (FieldNode f : node.fields) {
      fields.add(new MemberInfo(f.name, f.desc, f.access, descriptors(f.visibleAnnotations, f.invisibleAnnotations)));
    }
    for (MethodNode m : node.methods) {
      methods.add(new MemberInfo(m.name, m.desc, m.access, descriptors(m.visibleAnnotations, m.invisibleAnnotations)));
    }
  }

  /** The access flags a nested class really has: those of its InnerClasses entry, where present. */
  private static int access(ClassNode node) {
    for (var inner : node.innerClasses) {
      if (inner.name.equals(node.name)) {
        return inner.access | (node.access & (Opcodes.ACC_SUPER | Opcodes.ACC_MODULE));
      }
    }
    return node.access;
  }

  private static List<String> descriptors(List<AnnotationNode> visible, List<AnnotationNode> invisible) {
    List<String> result = new ArrayList<>();
    if (visible != null) {
      visible.forEach(a -> result.add(a.desc));
    }
    if (invisible != null) {
      invisible.forEach(a -> result.add(a.desc));
    }
    return result;
  }

  /**
   * A library class, read from its header only (no code, no nesting: it is never renamed), its methods' annotations
   * only those of {@link MemberInfo#CALL_SENSITIVE}.
   */
  public static ClassInfo ofLibrary(byte[] classFile) {
    ClassReader reader = new ClassReader(classFile);
    List<MemberInfo> fields = new ArrayList<>();
    List<MemberInfo> methods = new ArrayList<>();
    int[] access = {reader.getAccess()};
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public FieldVisitor visitField(int acc, String name, String desc, String sig, Object value) {
        fields.add(new MemberInfo(name, desc, acc, List.of()));
        return null;
      }

      @Override
      public MethodVisitor visitMethod(int acc, String name, String desc, String sig, String[] exceptions) {
        List<String> annotations = new ArrayList<>(0);
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            if (MemberInfo.CALL_SENSITIVE.contains(descriptor)) {
              annotations.add(descriptor);
            }
            return null;
          }

          @Override
          public void visitEnd() {
            methods.add(new MemberInfo(name, desc, acc, annotations));
          }
        };
      }

      @Override
      public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
        return null;
      }
    }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
    return new ClassInfo(reader.getClassName(), reader.getSuperName(), List.of(reader.getInterfaces()),
        access[0], false, Nesting.TOP_LEVEL, List.of(), fields, methods);
  }
}
