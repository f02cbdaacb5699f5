package dev.jarmor.passes.encrypt;

import dev.jarmor.passes.CodePass;
import dev.jarmor.passes.HierarchyClassWriter;
import dev.jarmor.passes.PassContext;
import dev.jarmor.runtime.EncryptedBodies;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.Deflater;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * Moves method bodies out of their class files, encrypted ({@code --encrypt}): each movable method of a class
 * ({@link MovePolicy}) becomes a stub, an invokedynamic of the runtime's {@link EncryptedBodies#body} passing its
 * arguments on, and its code a static method of one hidden class per class, whose class file is deflated, encrypted
 * with AES-GCM and stored, in string chunks, as the stubs' bootstrap arguments. The class keeps its name, members,
 * annotations and signatures: scanners, reflection and serialization see what they saw. The stubs' bootstrap
 * arguments begin with handles to the run-time checks ({@link DecryptionChecks}) the runtime calls before it
 * decrypts, and the key includes the part of them a licence holds. It runs after every other
 * code pass, so a body decrypted in memory is as obfuscated as the level made it. A class with an encrypted method is
 * written for Java 15 (class file version 59) when it was older: hidden classes came with 15, and an older JVM then
 * refuses the class when it loads it rather than failing at a first call.
 *
 * <p>Known limits: constructors and static initializers stay, and so does what {@link MovePolicy} lists; classes
 * older than Java 7 (no invokedynamic) stay whole; a stack trace through an encrypted method shows its stub, not the
 * line in its body (the JVM leaves hidden classes' frames out).
 */
public final class EncryptionPass extends CodePass {

  /** The class file version a class with encrypted methods is written with at least: Java 15's. */
  static final int HIDDEN_CLASSES = Opcodes.V15;
  private static final String BOOTSTRAP_DESCRIPTOR = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
      + "Ljava/lang/invoke/MethodType;[Ljava/lang/Object;)Ljava/lang/invoke/CallSite;";
  private static final int SALT_BYTES = 16;

  @Override
  public String name() {
    return "encrypt";
  }

  @Override
  protected int transform(ClassNode node, PassContext context) {
    DecryptionChecks checks = context.decryptionChecks();
    if ((node.version & 0xFFFF) < Opcodes.V1_7 || (node.access & Opcodes.ACC_ANNOTATION) != 0
        || checks.classes().contains(context.model().originalNames().className(node.name))) {
      return 0;
    }
    String runtimePackage = context.runtime().packageName();
    MovePolicy policy = new MovePolicy(node, context.model().hierarchy(), runtimePackage);
    List<MethodNode> moving = new ArrayList<>();
    for (MethodNode method : node.methods) {
      if (!MovePolicy.hasCode(method)) {
        continue;
      }
      String why = policy.whyStays(method);
      if (why == null) {
        moving.add(method);
      } else if (!method.name.startsWith("<")) {
        context.log().skipped(name(), node.name, method.name + method.desc, why);
      }
    }
    if (moving.isEmpty()) {
      return 0;
    }
    String build = build(context);
    context.runtime().set(EncryptedBodies.BUILD_MARKER, build);
    // a name no class of the output has: inside the hidden class, its own name means itself
    String bodiesName = node.name + "$$";
    while (context.model().hierarchy().find(bodiesName) != null) {
      bodiesName += "$";
    }
    ClassNode bodies = new ClassNode();
    bodies.visit(Math.max(node.version & 0xFFFF, HIDDEN_CLASSES), Opcodes.ACC_FINAL | Opcodes.ACC_SUPER,
        bodiesName, null, "java/lang/Object", null);
    for (int i = 0; i < moving.size(); i++) {
      bodies.methods.add(body(node, moving.get(i), "b" + i, policy));
    }
    ClassWriter writer = new HierarchyClassWriter(ClassWriter.COMPUTE_FRAMES, context.model().hierarchy());
    byte[] classFile;
    try {
      bodies.accept(writer);
      classFile = writer.toByteArray();
    } catch (HierarchyClassWriter.MissingSupertypes e) {
      moving.forEach(method -> context.log().skipped(name(), node.name, method.name + method.desc, e.getMessage()));
      return 0;
    }
    byte[] salt = salt(node.name, classFile);
    Object[] arguments = arguments(checks.checks(context.plan()), salt,
        encrypt(build, checks.heldKey(), node.name, salt, deflate(classFile)));
    Handle bootstrap = context.runtime().bootstrap(EncryptedBodies.class, "body", BOOTSTRAP_DESCRIPTOR);
    for (int i = 0; i < moving.size(); i++) {
      stub(node, moving.get(i), "b" + i, bootstrap, arguments);
    }
    node.version = Math.max(node.version & 0xFFFF, HIDDEN_CLASSES);
    return moving.size();
  }

  /** The body of {@code method} as a static method of the hidden class: the receiver, if any, its first parameter. */
  private static MethodNode body(ClassNode host, MethodNode method, String name, MovePolicy policy) {
    MethodNode body = new MethodNode(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name,
        descriptor(host, method), null, null);
    method.accept(body);
    body.access = Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC;
    body.name = name;
    body.desc = descriptor(host, method);
    body.signature = null;
    body.exceptions = new ArrayList<>();
    // what names the method, its parameters and its annotations stays on the stub; the JVM leaves hidden frames out
    // of stack traces, so the body's lines would never show
    body.visibleAnnotations = null;
    body.invisibleAnnotations = null;
    body.visibleParameterAnnotations = null;
    body.invisibleParameterAnnotations = null;
    body.visibleTypeAnnotations = null;
    body.invisibleTypeAnnotations = null;
    body.annotationDefault = null;
    body.parameters = null;
    body.localVariables = null;
    body.visibleLocalVariableAnnotations = null;
    body.invisibleLocalVariableAnnotations = null;
    boolean interfaceHost = (host.access & Opcodes.ACC_INTERFACE) != 0;
    for (AbstractInsnNode insn = body.instructions.getFirst(); insn != null; ) {
      AbstractInsnNode next = insn.getNext();
      if (insn.getType() == AbstractInsnNode.LINE) {
        body.instructions.remove(insn);
      } else if (insn instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
          && policy.callsOwnPrivate(call.owner, call.name, call.desc)) {
        // a nestmate calls the class's private methods as the class's own code does from Java 11 on
        call.setOpcode(interfaceHost ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL);
      } else if (insn instanceof InvokeDynamicInsnNode indy) {
        // the same for a lambda's implementation: javac hands its private method over as an invokespecial handle
        for (int i = 0; i < indy.bsmArgs.length; i++) {
          if (indy.bsmArgs[i] instanceof Handle handle && handle.getTag() == Opcodes.H_INVOKESPECIAL
              && policy.callsOwnPrivate(handle.getOwner(), handle.getName(), handle.getDesc())) {
            indy.bsmArgs[i] = new Handle(interfaceHost ? Opcodes.H_INVOKEINTERFACE : Opcodes.H_INVOKEVIRTUAL,
                handle.getOwner(), handle.getName(), handle.getDesc(), interfaceHost);
          }
        }
      }
      insn = next;
    }
    return body;
  }

  /** The method in place of its body: its arguments handed on to the body through invokedynamic. */
  private static void stub(ClassNode host, MethodNode method, String name, Handle bootstrap, Object[] arguments) {
    InsnList code = new InsnList();
    Type[] parameters = Type.getArgumentTypes(method.desc);
    int slot = 0;
    if ((method.access & Opcodes.ACC_STATIC) == 0) {
      code.add(new VarInsnNode(Opcodes.ALOAD, slot++));
    }
    for (Type parameter : parameters) {
      code.add(new VarInsnNode(parameter.getOpcode(Opcodes.ILOAD), slot));
      slot += parameter.getSize();
    }
    code.add(new InvokeDynamicInsnNode(name, descriptor(host, method), bootstrap, arguments));
    Type returned = Type.getReturnType(method.desc);
    code.add(new InsnNode(returned.getOpcode(Opcodes.IRETURN)));
    method.instructions = code;
    method.tryCatchBlocks = new ArrayList<>();
    method.localVariables = null;
    method.visibleLocalVariableAnnotations = null;
    method.invisibleLocalVariableAnnotations = null;
    method.maxLocals = slot;
    method.maxStack = Math.max(slot, returned.getSize());
  }

  /** The method's descriptor as a static method: the class first for an instance method. */
  private static String descriptor(ClassNode host, MethodNode method) {
    if ((method.access & Opcodes.ACC_STATIC) != 0) {
      return method.desc;
    }
    return "(L" + host.name + ";" + method.desc.substring(1);
  }

  /** The build's part of every class's key: drawn from the seed, so that the same input and seed give the same bytes. */
  private static String build(PassContext context) {
    SplittableRandom random = context.random("encrypt", "");
    StringBuilder build = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      build.append(Long.toHexString(random.nextLong()));
    }
    return build.toString();
  }

  /** The class's salt, and its IV's source: a digest of its bodies and name, so that no two plaintexts share one. */
  private static byte[] salt(String className, byte[] classFile) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(className.getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest.digest(classFile), SALT_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The class file as {@link EncryptedBodies#inflate} reads it: its length, then the file deflated. */
  private static byte[] deflate(byte[] classFile) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      deflater.setInput(classFile);
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(classFile.length / 2 + 16);
      out.write(classFile.length >>> 24);
      out.write(classFile.length >>> 16);
      out.write(classFile.length >>> 8);
      out.write(classFile.length);
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      // the dummy byte an Inflater without the zlib wrapper may read past the end
      out.write(0);
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  private static byte[] encrypt(String build, byte[] heldKey, String internalName, byte[] salt, byte[] classFile) {
    String className = internalName.replace('/', '.');
    try {
      Cipher cipher = Cipher.getInstance(EncryptedBodies.CIPHER);
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(EncryptedBodies.key(build, heldKey, className, salt), "AES"),
          new GCMParameterSpec(EncryptedBodies.TAG_BITS, Arrays.copyOf(salt, EncryptedBodies.IV_BYTES)));
      cipher.updateAAD(className.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(classFile);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot encrypt with " + EncryptedBodies.CIPHER, e);
    }
  }

  /**
   * The bootstrap arguments: the checks to pass first, the salt, then the encrypted class file in chunks, each byte
   * a Latin-1 character.
   */
  private static Object[] arguments(List<Handle> checks, byte[] salt, byte[] encrypted) {
    List<Object> arguments = new ArrayList<>(checks);
    arguments.add(new String(salt, StandardCharsets.ISO_8859_1));
    for (int from = 0; from < encrypted.length; from += EncryptedBodies.CHUNK) {
      arguments.add(new String(encrypted, from, Math.min(EncryptedBodies.CHUNK, encrypted.length - from),
          StandardCharsets.ISO_8859_1));
    }
    return arguments.toArray();
  }
}
