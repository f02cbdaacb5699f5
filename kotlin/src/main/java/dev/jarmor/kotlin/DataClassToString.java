package dev.jarmor.kotlin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kotlin.metadata.Attributes;
import kotlin.metadata.KmClass;
import kotlin.metadata.KmConstructor;
import kotlin.metadata.KmProperty;
import kotlin.metadata.KmValueParameter;
import kotlin.metadata.jvm.KotlinClassMetadata;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The {@code toString()} kotlinc generates for a data class, made to spell the names the metadata rewrite gave
 * the class and its properties. It prints {@code Sale(item=tea, amount=3)}: the simple name and the primary
 * constructor's properties in order. For JVM 9 and later kotlinc writes one invokedynamic of {@code
 * StringConcatFactory.makeConcatWithConstants} whose recipe holds that text ({@code "Sale(item=\u0001,
 * amount=\u0001)"}); with {@code -Xstring-concat=inline} or for Java 8, {@code StringBuilder} appends of the ldc
 * constants {@code "Sale(item="}, {@code ", amount="} and a closing {@code ')'}. A method is taken for the
 * generated one only when it has no line numbers (kotlinc gives generated members none) and its string constants
 * are exactly those pieces of the original names: a hand-written {@code toString} is left as it is.
 */
final class DataClassToString {

  private static final String CONCAT_FACTORY = "java/lang/invoke/StringConcatFactory";
  private static final String ARGUMENT = "\u0001";

  private final KmClass cls;
  private final List<String> before;
  private final List<KmProperty> properties;

  private DataClassToString(KmClass cls, List<KmProperty> properties) {
    this.cls = cls;
    this.properties = properties;
    this.before = pieces();
  }

  /**
   * The data class {@code metadata} describes, read before {@link MetadataRenamer} rewrites it in place (this
   * holds its declarations and reads their new names after); empty for any other class, and for a data class
   * whose primary constructor's parameters are not all properties (which kotlinc does not compile).
   */
  static Optional<DataClassToString> of(KotlinClassMetadata metadata) {
    if (!(metadata instanceof KotlinClassMetadata.Class c) || !Attributes.isData(c.getKmClass())) {
      return Optional.empty();
    }
    KmClass cls = c.getKmClass();
    KmConstructor primary = cls.getConstructors().stream().filter(k -> !Attributes.isSecondary(k)).findFirst()
        .orElse(null);
    if (primary == null) {
      return Optional.empty();
    }
    List<KmProperty> properties = new ArrayList<>();
    for (KmValueParameter parameter : primary.getValueParameters()) {
      KmProperty property = cls.getProperties().stream().filter(p -> p.getName().equals(parameter.getName()))
          .findFirst().orElse(null);
      if (property == null) {
        return Optional.empty();
      }
      properties.add(property);
    }
    return Optional.of(new DataClassToString(cls, properties));
  }

  static boolean is(String name, String descriptor) {
    return name.equals("toString") && descriptor.equals("()Ljava/lang/String;");
  }

  /** Whether the rename changed a name the generated text spells. */
  boolean renamed() {
    return !pieces().equals(before);
  }

  /** Makes {@code method}, this class's {@code toString()}, spell the new names if it is the generated one. */
  void rewrite(MethodNode method) {
    List<InvokeDynamicInsnNode> concats = new ArrayList<>();
    List<LdcInsnNode> strings = new ArrayList<>();
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof LineNumberNode) {
        return;
      } else if (insn instanceof InvokeDynamicInsnNode indy && indy.bsm.getOwner().equals(CONCAT_FACTORY)) {
        concats.add(indy);
      } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String) {
        strings.add(ldc);
      }
    }
    List<String> after = pieces();
    if (concats.size() == 1 && strings.isEmpty()) {
      Object[] arguments = concats.get(0).bsmArgs;
      if (arguments.length == 1 && recipe(before).equals(arguments[0])) {
        arguments[0] = recipe(after);
      }
    } else if (concats.isEmpty() && inline(strings)) {
      for (int i = 0; i < after.size(); i++) {
        strings.get(i).cst = after.get(i);
      }
    }
  }

  /** The constant pieces of the text under the current names: {@code "Sale(item="}, {@code ", amount="}. */
  private List<String> pieces() {
    String name = cls.getName();
    String simpleName = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('.')) + 1);
    List<String> pieces = new ArrayList<>();
    for (KmProperty property : properties) {
      pieces.add((pieces.isEmpty() ? simpleName + "(" : ", ") + property.getName() + "=");
    }
    return pieces;
  }

  private static String recipe(List<String> pieces) {
    return String.join(ARGUMENT, pieces) + ARGUMENT + ")";
  }

  /** The StringBuilder form's constants: the pieces, then the closing parenthesis unless appended as a char. */
  private boolean inline(List<LdcInsnNode> strings) {
    List<Object> constants = strings.stream().map(ldc -> ldc.cst).toList();
    int pieces = before.size();
    return constants.size() >= pieces && constants.subList(0, pieces).equals(before)
        && (constants.size() == pieces || constants.size() == pieces + 1 && constants.get(pieces).equals(")"));
  }
}
