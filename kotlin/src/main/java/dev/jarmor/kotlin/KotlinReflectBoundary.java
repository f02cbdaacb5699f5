package dev.jarmor.kotlin;

import dev.jarmor.boundary.AnalysisContext;
import dev.jarmor.boundary.Boundary;
import dev.jarmor.boundary.CodeLocation;
import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import kotlin.metadata.KmClass;
import kotlin.metadata.jvm.KotlinClassMetadata;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * kotlin-reflect: what it finds by name through a class's Kotlin metadata. Two shapes of bytecode reach it.
 *
 * <ul>
 *   <li>{@code Foo::class}, compiled to {@code ldc Foo} and {@code Reflection.getOrCreateKotlinClass} (or a Class
 *       turned into one, {@code JvmClassMappingKt.getKotlinClass}, Kotlin's {@code .kotlin}): the KClass
 *       shows Kotlin names ({@code simpleName}, {@code memberProperties}, {@code members}, parameter names) and
 *       finds the JVM members behind them ({@code call}, {@code callBy} through {@code foo$default},
 *       {@code objectInstance}, {@code companionObjectInstance}, {@code sealedSubclasses}). The class keeps its
 *       name, it and its program superclasses keep their members' names (a kept JVM name keeps its Kotlin name in
 *       the rewritten metadata), its sealed subclasses and its companion keep their class names. A KClass of a
 *       class known only at run time ({@code x::class}) is a note: a rule must say which classes it can be. A
 *       KClass asked only for its {@code simpleName} or {@code qualifiedName} keeps the class's name alone (a
 *       class known only at run time, nothing: its name is renamed alike, as {@code getClass().getName()}'s; nor
 *       does one turned back into its Class, {@code x::class.java}).
 *   <li>Callable references ({@code Foo::bar}, {@code ::foo}), compiled to a {@code kotlin.jvm.internal} reference
 *       built from the owner class, the Kotlin name and the JVM signature as string constants: the referenced
 *       function (with its {@code $default}) or property (getter, setter, backing field) keeps its names, so that
 *       the strings and the metadata still agree.
 * </ul>
 */
final class KotlinReflectBoundary implements Boundary {

  private static final String REFLECTION = "kotlin/jvm/internal/Reflection";
  private static final Set<String> KCLASS_FACTORIES = Set.of("getOrCreateKotlinClass", "createKotlinClass",
      "getOrCreateKotlinPackage", "createKotlinPackage");
  private static final String KCLASS = "kotlin/reflect/KClass";
  private static final String CLASS_MAPPING = "kotlin/jvm/JvmClassMappingKt";
  private static final Set<String> NAME_GETTERS = Set.of("getSimpleName", "getQualifiedName");
  private static final String REFERENCE_ARGUMENTS = "Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;";

  @Override
  public String id() {
    return "kotlin-reflect";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    for (ProgramClass pc : context.program().allClasses()) {
      for (MethodNode method : pc.node().methods) {
        for (AbstractInsnNode insn : method.instructions) {
          if (!(insn instanceof MethodInsnNode call)) {
            continue;
          }
          if ((call.owner.equals(REFLECTION) && KCLASS_FACTORIES.contains(call.name)
              || call.owner.equals(CLASS_MAPPING) && call.name.equals("getKotlinClass"))
              && call.desc.startsWith("(Ljava/lang/Class;")) {
            kotlinClass(context, pc, method, call, decisions);
          } else if (call.getOpcode() == Opcodes.INVOKESPECIAL && call.name.equals("<init>")
              && call.owner.startsWith("kotlin/jvm/internal/") && call.owner.endsWith("ReferenceImpl")
              && call.desc.contains(REFERENCE_ARGUMENTS)) {
            reference(hierarchy, pc, method, call, decisions);
          }
        }
      }
    }
  }

  private void kotlinClass(AnalysisContext context, ProgramClass pc, MethodNode method, MethodInsnNode call,
      Consumer<Decision> decisions) {
    String where = CodeLocation.of(pc.node(), method, call);
    AbstractInsnNode argument = previous(call);
    while (argument instanceof LdcInsnNode ldc && ldc.cst instanceof String) {
      argument = previous(argument); // getOrCreateKotlinPackage(Class, moduleName)
    }
    AbstractInsnNode use = next(call);
    boolean nameOnly = use instanceof MethodInsnNode get && get.owner.equals(KCLASS) && NAME_GETTERS.contains(get.name);
    boolean javaClass = use instanceof MethodInsnNode get && get.owner.equals(CLASS_MAPPING);
    if (!(argument instanceof LdcInsnNode ldc && ldc.cst instanceof Type type && type.getSort() == Type.OBJECT)) {
      if (nameOnly || javaClass) {
        return; // the name of a value's class, as getClass().getName() shows it, renamed alike; or its Class again
      }
      String factory = call.owner.substring(call.owner.lastIndexOf('/') + 1) + "." + call.name;
      decisions.accept(Decision.note(Target.ofClass(pc.name()), id(), factory + " at " + where
          + " takes the class of a value known only at run time; kotlin-reflect finds its members by their Kotlin"
          + " names: keep the classes it can be with a rule such as -keep class com.acme.Model { *; }, confirm by"
          + " running the program protected with that rule, then -dontnote " + pc.name().replace('/', '.')
          + " in a --rules file silences this", Set.of()));
      return;
    }
    Hierarchy hierarchy = context.hierarchy();
    String reflected = type.getInternalName();
    if (!hierarchy.isProgramClass(reflected)) {
      return;
    }
    String why = "KClass of " + reflected.replace('/', '.') + " at " + where
        + ": kotlin-reflect shows its Kotlin names and finds its members by them";
    if (nameOnly) {
      decisions.accept(Decision.keep(Target.ofClass(reflected), id(), "KClass of " + reflected.replace('/', '.')
          + " at " + where + ": its Kotlin name is read"));
      return;
    }
    decisions.accept(Decision.keep(Target.ofClass(reflected), id(), why));
    for (String cls = reflected; cls != null && hierarchy.isProgramClass(cls); cls = hierarchy.find(cls).superName()) {
      Members.keep(hierarchy, cls, id(), why, decisions);
    }
    KmClass kmClass = kmClass(context.program().classes().get(reflected));
    if (kmClass == null) {
      return;
    }
    for (String subclass : kmClass.getSealedSubclasses()) {
      keepClass(hierarchy, KotlinNames.jvmName(subclass), "sealed subclass of " + why, decisions);
    }
    if (kmClass.getCompanionObject() != null) {
      keepClass(hierarchy, reflected + "$" + kmClass.getCompanionObject(), "companion object of " + why, decisions);
    }
  }

  private void reference(Hierarchy hierarchy, ProgramClass pc, MethodNode method, MethodInsnNode call,
      Consumer<Decision> decisions) {
    List<String> strings = new ArrayList<>();
    AbstractInsnNode insn = previous(call);
    while (insn != null && !(insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type)) {
      if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String text) {
        strings.add(0, text);
      }
      insn = previous(insn);
    }
    if (insn == null || strings.size() < 2) {
      return;
    }
    String owner = ((Type) ((LdcInsnNode) insn).cst).getInternalName();
    String name = strings.get(strings.size() - 2);
    String signature = strings.get(strings.size() - 1);
    int paren = signature.indexOf('(');
    if (!hierarchy.isProgramClass(owner) || paren <= 0) {
      return;
    }
    String jvmName = signature.substring(0, paren);
    String why = "callable reference " + owner.replace('/', '.') + "::" + name + " at "
        + CodeLocation.of(pc.node(), method, call) + ": kotlin-reflect matches its name and JVM signature with the"
        + " metadata";
    keepMethod(hierarchy, owner, jvmName, signature.substring(paren), why, decisions);
    ClassInfo declaring = hierarchy.find(owner);
    for (MemberInfo member : declaring.methods()) {
      if (member.name().equals(jvmName + "$default") || call.owner.contains("Property")
          && member.name().equals(setter(jvmName))) {
        keepMethod(hierarchy, owner, member.name(), member.descriptor(), why, decisions);
      }
    }
    if (call.owner.contains("Property")) {
      for (MemberInfo field : declaring.fields()) {
        if (field.name().equals(name)) {
          decisions.accept(Decision.keep(Target.ofField(owner, name, field.descriptor()), id(), why));
        }
      }
    }
  }

  private static String setter(String getter) {
    return getter.startsWith("get") ? "set" + getter.substring(3)
        : getter.startsWith("is") ? "set" + getter.substring(2) : null;
  }

  private void keepMethod(Hierarchy hierarchy, String owner, String name, String descriptor, String why,
      Consumer<Decision> decisions) {
    MemberRef declaration = hierarchy.resolveMethod(owner, name, descriptor);
    if (declaration != null && hierarchy.isProgramClass(declaration.owner())) {
      decisions.accept(Decision.keep(Target.ofMethod(declaration.owner(), name, descriptor), id(), why));
    }
  }

  private void keepClass(Hierarchy hierarchy, String name, String why, Consumer<Decision> decisions) {
    if (hierarchy.isProgramClass(name)) {
      decisions.accept(Decision.keep(Target.ofClass(name), id(), why));
    }
  }

  private static KmClass kmClass(ProgramClass pc) {
    AnnotationNode annotation = pc == null ? null : MetadataAnnotation.of(pc.node());
    if (annotation == null) {
      return null;
    }
    try {
      return MetadataAnnotation.read(annotation) instanceof KotlinClassMetadata.Class c ? c.getKmClass() : null;
    } catch (RuntimeException unreadable) {
      return null; // KotlinBoundary keeps its names
    }
  }

  /** The instruction after, skipping labels, line numbers and frames. */
  private static AbstractInsnNode next(AbstractInsnNode insn) {
    AbstractInsnNode next = insn.getNext();
    while (next != null && next.getOpcode() < 0) {
      next = next.getNext();
    }
    return next;
  }

  /** The instruction before, skipping labels, line numbers and frames. */
  private static AbstractInsnNode previous(AbstractInsnNode insn) {
    AbstractInsnNode previous = insn.getPrevious();
    while (previous != null && previous.getOpcode() < 0) {
      previous = previous.getPrevious();
    }
    return previous;
  }
}
