package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.plan.ConstantSite;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.Interpreter;

/**
 * Follows strings and Class objects through one method for the reflection analysis: constants, locals,
 * casts, string concatenation (StringBuilder chains and javac's invokedynamic), getClass(),
 * getSuperclass() and Class.forName of a known name. Types and stack shapes are ASM's
 * {@link BasicInterpreter}'s, with references keeping the class the bytecode declares.
 */
final class ReflectionInterpreter extends Interpreter<Tracked> {

  private static final Type STRING = Type.getObjectType("java/lang/String");
  private static final Type CLASS = Type.getObjectType("java/lang/Class");
  private static final List<String> BUILDERS = List.of("java/lang/StringBuilder", "java/lang/StringBuffer");

  /** Class's methods that list members: their elements' names are compared to find one by name. */
  private static final Map<String, ReflectiveCalls.Kind> ENUMERATIONS = Map.of(
      "getDeclaredMethods", ReflectiveCalls.Kind.METHOD, "getMethods", ReflectiveCalls.Kind.METHOD,
      "getDeclaredFields", ReflectiveCalls.Kind.FIELD, "getFields", ReflectiveCalls.Kind.FIELD);

  private final BasicInterpreter basic = new BasicInterpreter();
  private final Hierarchy hierarchy;
  private final Map<AbstractInsnNode, ConstantSite> sites;
  private final int[] argumentOfSlot;

  /**
   * @param sites the {@link ConstantSite} of each string ldc of the method
   * @param argumentOfSlot for each local slot, the argument it holds on entry, or -1
   */
  ReflectionInterpreter(Hierarchy hierarchy, Map<AbstractInsnNode, ConstantSite> sites, int[] argumentOfSlot) {
    super(Opcodes.ASM9);
    this.hierarchy = hierarchy;
    this.sites = sites;
    this.argumentOfSlot = argumentOfSlot;
  }

  /** For each local slot of a method, the argument it holds on entry (-1: {@code this} or none). */
  static int[] argumentsBySlot(boolean isStatic, String descriptor, int maxLocals) {
    int[] result = new int[Math.max(maxLocals, 1)];
    java.util.Arrays.fill(result, -1);
    int slot = isStatic ? 0 : 1;
    Type[] arguments = Type.getArgumentTypes(descriptor);
    for (int i = 0; i < arguments.length && slot < result.length; i++) {
      result[slot] = i;
      slot += arguments[i].getSize();
    }
    return result;
  }

  @Override
  public Tracked newValue(Type type) {
    if (type == null) {
      return Tracked.UNINITIALIZED;
    }
    return switch (type.getSort()) {
      case Type.VOID -> null;
      case Type.BOOLEAN, Type.CHAR, Type.BYTE, Type.SHORT, Type.INT -> Tracked.of(Type.INT_TYPE);
      default -> Tracked.of(type);
    };
  }

  @Override
  public Tracked newParameterValue(boolean isInstanceMethod, int local, Type type) {
    Tracked value = newValue(type);
    int argument = local < argumentOfSlot.length ? argumentOfSlot[local] : -1;
    if (argument >= 0 && value.isReference()) {
      return new Tracked(value.type, new Fact.Param(argument, Fact.Reach.EXACT));
    }
    return value;
  }

  @Override
  public Tracked newExceptionValue(TryCatchBlockNode tryCatch, Frame<Tracked> handlerFrame, Type exceptionType) {
    return Tracked.of(exceptionType);
  }

  @Override
  public Tracked newOperation(AbstractInsnNode insn) throws AnalyzerException {
    switch (insn.getOpcode()) {
      case Opcodes.LDC -> {
        Object constant = ((LdcInsnNode) insn).cst;
        if (constant instanceof String text) {
          return new Tracked(STRING, new Fact.Literal(text, sites.get(insn)));
        }
        if (constant instanceof Type type && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
          String name = type.getSort() == Type.OBJECT ? type.getInternalName() : type.getDescriptor();
          return new Tracked(CLASS, new Fact.ClassOf(name, Fact.Reach.EXACT));
        }
      }
      case Opcodes.GETSTATIC -> {
        return newValue(Type.getType(((FieldInsnNode) insn).desc));
      }
      case Opcodes.NEW -> {
        String type = ((TypeInsnNode) insn).desc;
        return new Tracked(Type.getObjectType(type), BUILDERS.contains(type) && isEmptyBuilder(insn)
            ? new Fact.Builder(new Fact.Text("")) : null);
      }
      default -> { }
    }
    return fromBasic(basic.newOperation(insn));
  }

  /** javac's {@code new StringBuilder(); dup; invokespecial <init>()V}: it starts empty. */
  private static boolean isEmptyBuilder(AbstractInsnNode insn) {
    AbstractInsnNode dup = insn.getNext();
    return dup instanceof InsnNode && dup.getOpcode() == Opcodes.DUP
        && dup.getNext() instanceof MethodInsnNode init && init.name.equals("<init>") && init.desc.equals("()V");
  }

  @Override
  public Tracked copyOperation(AbstractInsnNode insn, Tracked value) {
    // a builder kept in a local is appended to by statements whose results are dropped: what the
    // local says it holds would go stale, so only a chain of calls on the stack is followed
    if (insn.getOpcode() == Opcodes.ASTORE && value.fact instanceof Fact.Builder) {
      return Tracked.of(value.type);
    }
    return value;
  }

  @Override
  public Tracked unaryOperation(AbstractInsnNode insn, Tracked value) throws AnalyzerException {
    return switch (insn.getOpcode()) {
      case Opcodes.CHECKCAST -> new Tracked(Type.getObjectType(((TypeInsnNode) insn).desc), value.fact);
      case Opcodes.GETFIELD -> newValue(Type.getType(((FieldInsnNode) insn).desc));
      case Opcodes.ANEWARRAY -> Tracked.of(Type.getType("[" + Type.getObjectType(((TypeInsnNode) insn).desc)
          .getDescriptor()));
      default -> fromBasic(basic.unaryOperation(insn, toBasic(value)));
    };
  }

  @Override
  public Tracked binaryOperation(AbstractInsnNode insn, Tracked a, Tracked b) throws AnalyzerException {
    if (insn.getOpcode() == Opcodes.AALOAD) {
      if (a.fact instanceof Fact.Members members) {
        return new Tracked(Type.getType(a.type.getDescriptor().substring(1)),
            new Fact.Member(members.kind(), members.of(), members.declared()));
      }
      return a.type != null && a.type.getSort() == Type.ARRAY
          ? newValue(Type.getType(a.type.getDescriptor().substring(1))) : Tracked.of(Tracked.OBJECT);
    }
    return fromBasic(basic.binaryOperation(insn, toBasic(a), toBasic(b)));
  }

  @Override
  public Tracked ternaryOperation(AbstractInsnNode insn, Tracked a, Tracked b, Tracked c) {
    return null;
  }

  @Override
  public Tracked naryOperation(AbstractInsnNode insn, List<? extends Tracked> values) {
    if (insn instanceof MultiANewArrayInsnNode multi) {
      return Tracked.of(Type.getType(multi.desc));
    }
    if (insn instanceof InvokeDynamicInsnNode indy) {
      Tracked result = newValue(Type.getReturnType(indy.desc));
      return result == null ? null : new Tracked(result.type, concatenation(indy, values));
    }
    MethodInsnNode call = (MethodInsnNode) insn;
    Tracked result = newValue(Type.getReturnType(call.desc));
    return result == null ? null : new Tracked(result.type, resultFact(call, values));
  }

  private Fact resultFact(MethodInsnNode call, List<? extends Tracked> values) {
    boolean isStatic = call.getOpcode() == Opcodes.INVOKESTATIC;
    Fact receiver = isStatic || values.isEmpty() ? null : values.get(0).fact;
    Fact first = values.size() > (isStatic ? 0 : 1) ? values.get(isStatic ? 0 : 1).fact : null;
    String key = call.owner + "." + call.name + call.desc;
    switch (key) {
      case "java/lang/Class.getName()Ljava/lang/String;", "java/lang/Class.getTypeName()Ljava/lang/String;" -> {
        return receiver instanceof Fact.ClassOf ? new Fact.NameOfClass() : null;
      }
      case "java/lang/Class.getSuperclass()Ljava/lang/Class;" -> {
        if (receiver instanceof Fact.ClassOf c) {
          return new Fact.ClassOf(c.name(), c.reach().widest(Fact.Reach.SUPERS));
        }
        if (receiver instanceof Fact.ClassOfParam) {
          return receiver; // an object's class and its superclasses: its class's lookups reach them already
        }
        return receiver instanceof Fact.Param p ? new Fact.Param(p.index(), p.reach().widest(Fact.Reach.SUPERS)) : null;
      }
      case "java/lang/String.intern()Ljava/lang/String;", "java/lang/String.toString()Ljava/lang/String;" -> {
        return receiver;
      }
      case "java/lang/String.valueOf(Ljava/lang/Object;)Ljava/lang/String;" -> {
        return Fact.text(first) != null || first instanceof Fact.Partial ? first : null;
      }
      case "java/lang/String.concat(Ljava/lang/String;)Ljava/lang/String;" -> {
        return Fact.concat(receiver, first);
      }
      default -> { }
    }
    if (listsMembers(call) && Fact.isClass(receiver)) {
      boolean declared = call.name.startsWith("getDeclared");
      return new Fact.Members(ENUMERATIONS.get(call.name), receiver, declared);
    }
    if (call.name.equals("getName") && call.desc.equals("()Ljava/lang/String;") && receiver instanceof Fact.Member m) {
      return new Fact.MemberName(m.kind(), m.of(), m.declared());
    }
    if (call.name.equals("getClass") && call.desc.equals("()Ljava/lang/Class;") && !isStatic) {
      Tracked object = values.get(0);
      if (object.fact instanceof Fact.Param p) {
        return new Fact.ClassOfParam(p.index());
      }
      return object.type != null && object.type.getSort() == Type.OBJECT && !object.type.equals(Tracked.OBJECT)
          ? new Fact.ClassOf(object.type.getInternalName(), Fact.Reach.RELATED) : null;
    }
    if (BUILDERS.contains(call.owner) && receiver instanceof Fact.Builder builder) {
      if (call.name.equals("toString")) {
        return builder.content();
      }
      if (call.name.equals("append") && values.size() == 2) {
        Fact content = Fact.concat(builder.content(), values.get(1).fact);
        return content == null ? null : new Fact.Builder(content);
      }
      return null;
    }
    if (ReflectiveCalls.loadsClassByName(call)) {
      String text = Fact.text(first);
      ClassNameString named = text == null ? null : ClassNameString.of(text, hierarchy, true);
      if (named != null && named.form() == dev.jarmor.plan.NameForm.DOTTED_CLASS) {
        return new Fact.ClassOf(named.className(), Fact.Reach.EXACT);
      }
    }
    return null;
  }

  /** Whether a call lists a class's methods or fields (getDeclaredMethods() and the like). */
  static boolean listsMembers(MethodInsnNode call) {
    return call.owner.equals("java/lang/Class") && ENUMERATIONS.containsKey(call.name) && call.desc.startsWith("()[");
  }

  /**
   * javac's string concatenation by invokedynamic: its text where every part is known, the text
   * around the parts known only at run time where some are not.
   */
  private static Fact concatenation(InvokeDynamicInsnNode indy, List<? extends Tracked> values) {
    Handle bootstrap = indy.bsm;
    if (!bootstrap.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
      return null;
    }
    Fact text = new Fact.Text("");
    if (bootstrap.getName().equals("makeConcat")) {
      for (Tracked value : values) {
        text = Fact.concat(text, value.fact);
      }
      return text;
    }
    if (!bootstrap.getName().equals("makeConcatWithConstants") || !(indy.bsmArgs[0] instanceof String recipe)) {
      return null;
    }
    int argument = 0;
    int constant = 1;
    StringBuilder literal = new StringBuilder();
    for (char c : recipe.toCharArray()) {
      if (c == '\u0001') {
        text = Fact.concat(Fact.concat(text, new Fact.Text(literal.toString())),
            argument < values.size() ? values.get(argument++).fact : null);
        literal.setLength(0);
      } else if (c == '\u0002') {
        if (constant >= indy.bsmArgs.length) {
          return null;
        }
        literal.append(indy.bsmArgs[constant++]);
      } else {
        literal.append(c);
      }
    }
    return Fact.concat(text, new Fact.Text(literal.toString()));
  }

  @Override
  public void returnOperation(AbstractInsnNode insn, Tracked value, Tracked expected) {
  }

  @Override
  public Tracked merge(Tracked a, Tracked b) {
    if (a.equals(b)) {
      return a;
    }
    Type type;
    if (a.type != null && a.type.equals(b.type)) {
      type = a.type;
    } else if (a.isReference() && b.isReference()) {
      type = Tracked.OBJECT;
    } else {
      return Tracked.UNINITIALIZED;
    }
    Tracked merged = new Tracked(type, Fact.merge(a.fact, b.fact));
    return merged.equals(a) ? a : merged;
  }

  private BasicValue toBasic(Tracked value) {
    return value.type == null ? BasicValue.UNINITIALIZED_VALUE
        : value.type == Type.VOID_TYPE ? BasicValue.RETURNADDRESS_VALUE : basic.newValue(value.type);
  }

  private static Tracked fromBasic(BasicValue value) {
    if (value == null) {
      return null;
    }
    if (value == BasicValue.UNINITIALIZED_VALUE) {
      return Tracked.UNINITIALIZED;
    }
    return Tracked.of(value.isReference() ? Tracked.OBJECT : value.getType());
  }
}
