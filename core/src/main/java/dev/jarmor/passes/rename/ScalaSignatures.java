package dev.jarmor.passes.rename;

import dev.jarmor.hierarchy.ScalaSignatureOwner;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.input.Resource;
import dev.jarmor.plan.Plan;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Scala's signatures, which spell the original names of a class, its companion and nested classes
 * ({@link ScalaSignatureOwner}) and all their members: Scala 2's {@code ScalaSignature} or
 * {@code ScalaLongSignature} annotation with the {@code ScalaSig} attribute, the {@code Scala}
 * attribute of a class whose signature is another's, and Scala 3's {@code TASTY} attribute with
 * its {@code .tasty} file. A signature stays where the plan renames none of the names it spells (the
 * boundaries keep those of a class Scala reflection reads) and goes otherwise: it would name classes
 * and members that no longer exist and show their original names. Without it, Scala reflection sees
 * a Java class and a Scala compiler cannot compile against the class; running needs neither.
 * {@code ScalaInlineInfo}, read by Scala's optimizer alone and holding constant pool indices that a
 * rewritten class no longer matches, always goes.
 */
final class ScalaSignatures {

  private static final Set<String> SIGNATURE_ANNOTATIONS =
      Set.of("Lscala/reflect/ScalaSignature;", "Lscala/reflect/ScalaLongSignature;");
  private static final Set<String> SIGNATURE_ATTRIBUTES = Set.of("ScalaSig", "Scala", "TASTY");
  private static final String INLINE_INFO = "ScalaInlineInfo";

  private final Program program;
  private final Set<String> renamedOwners;

  private ScalaSignatures(Program program, Set<String> renamedOwners) {
    this.program = program;
    this.renamedOwners = renamedOwners;
  }

  /** The signatures of {@code program}'s classes as {@code plan} renames them. */
  static ScalaSignatures of(Program program, Plan plan) {
    Set<String> renamed = new TreeSet<>();
    for (ProgramClass pc : program.classes().values()) {
      if (renamesAny(pc.node(), plan)) {
        renamed.add(ScalaSignatureOwner.of(pc.name(), program.classes()::containsKey));
      }
    }
    return new ScalaSignatures(program, renamed);
  }

  private static boolean renamesAny(ClassNode node, Plan plan) {
    if (!plan.className(node.name).equals(node.name)) {
      return true;
    }
    for (FieldNode field : node.fields) {
      if (!plan.fieldName(node.name, field.name, field.desc).equals(field.name)) {
        return true;
      }
    }
    for (MethodNode method : node.methods) {
      if (!plan.methodName(node.name, method.name, method.desc).equals(method.name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the signature describing {@code className} stays. */
  boolean keeps(String className) {
    return !renamedOwners.contains(ScalaSignatureOwner.of(className, program.classes()::containsKey));
  }

  /** Removes from {@code node}, the output of the class named {@code original}, what of Scala's signatures goes. */
  void strip(String original, ClassNode node) {
    if (node.attrs != null) {
      node.attrs.removeIf(attribute -> attribute.type.equals(INLINE_INFO));
    }
    if (keeps(original)) {
      return;
    }
    if (node.attrs != null) {
      node.attrs.removeIf(attribute -> SIGNATURE_ATTRIBUTES.contains(attribute.type));
    }
    removeSignature(node.visibleAnnotations);
    removeSignature(node.invisibleAnnotations);
  }

  private static void removeSignature(List<AnnotationNode> annotations) {
    if (annotations != null) {
      annotations.removeIf(annotation -> SIGNATURE_ANNOTATIONS.contains(annotation.desc));
    }
  }

  /** Whether {@code resource} is the {@code .tasty} file of a class whose signature goes. */
  boolean drops(Resource resource) {
    String className = ScalaSignatureOwner.ofTasty(resource.path());
    return className != null && program.classes().containsKey(className) && !keeps(className);
  }
}
