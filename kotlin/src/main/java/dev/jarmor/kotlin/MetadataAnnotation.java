package dev.jarmor.kotlin;

import java.util.List;
import kotlin.Metadata;
import kotlin.metadata.jvm.JvmMetadataUtil;
import kotlin.metadata.jvm.KotlinClassMetadata;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;

/**
 * The {@code kotlin.Metadata} annotation as ASM holds it, turned into the {@link Metadata} JetBrains' library
 * reads, and written back. The library parses and writes the protobuf inside; this class only moves its seven
 * values between the two forms.
 */
final class MetadataAnnotation {

  static final String DESCRIPTOR = "Lkotlin/Metadata;";

  private MetadataAnnotation() {}

  /** The class's metadata annotation, or null for a class the Kotlin compiler did not write. */
  static AnnotationNode of(ClassNode node) {
    if (node.visibleAnnotations != null) {
      for (AnnotationNode annotation : node.visibleAnnotations) {
        if (DESCRIPTOR.equals(annotation.desc)) {
          return annotation;
        }
      }
    }
    return null;
  }

  /**
   * The metadata of a class, read strictly (a version this library cannot write back is an error).
   *
   * @throws IllegalArgumentException if the library cannot read it
   */
  static KotlinClassMetadata read(AnnotationNode annotation) {
    return KotlinClassMetadata.readStrict(toMetadata(annotation));
  }

  static Metadata toMetadata(AnnotationNode annotation) {
    Integer kind = null;
    int[] version = null;
    String[] data1 = null;
    String[] data2 = null;
    String extraString = null;
    String packageName = null;
    Integer extraInt = null;
    List<Object> values = annotation.values == null ? List.of() : annotation.values;
    for (int i = 0; i + 1 < values.size(); i += 2) {
      Object value = values.get(i + 1);
      switch ((String) values.get(i)) {
        case "k" -> kind = (Integer) value;
        case "mv" -> version = ints(value);
        case "d1" -> data1 = strings(value);
        case "d2" -> data2 = strings(value);
        case "xs" -> extraString = (String) value;
        case "pn" -> packageName = (String) value;
        case "xi" -> extraInt = (Integer) value;
        default -> { } // bv: the bytecode version, unused since Kotlin 1.5
      }
    }
    return JvmMetadataUtil.Metadata(kind, version, data1, data2, extraString, packageName, extraInt);
  }

  /** Writes {@code metadata} as the annotation's values, leaving out those equal to the defaults as kotlinc does. */
  static void write(Metadata metadata, AnnotationVisitor visitor) {
    visitor.visit("k", metadata.k());
    visitor.visit("mv", metadata.mv());
    array(visitor, "d1", metadata.d1());
    array(visitor, "d2", metadata.d2());
    if (!metadata.xs().isEmpty()) {
      visitor.visit("xs", metadata.xs());
    }
    if (!metadata.pn().isEmpty()) {
      visitor.visit("pn", metadata.pn());
    }
    if (metadata.xi() != 0) {
      visitor.visit("xi", metadata.xi());
    }
    visitor.visitEnd();
  }

  private static void array(AnnotationVisitor visitor, String name, String[] strings) {
    AnnotationVisitor array = visitor.visitArray(name);
    for (String string : strings) {
      array.visit(null, string);
    }
    array.visitEnd();
  }

  private static int[] ints(Object value) {
    if (value instanceof int[] array) {
      return array;
    }
    List<?> list = (List<?>) value;
    int[] array = new int[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = (Integer) list.get(i);
    }
    return array;
  }

  private static String[] strings(Object value) {
    return value instanceof String[] array ? array : ((List<?>) value).toArray(new String[0]);
  }
}
