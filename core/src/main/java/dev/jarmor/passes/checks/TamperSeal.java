package dev.jarmor.passes.checks;

import dev.jarmor.JarmorException;
import dev.jarmor.input.Program;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.input.Resource;
import dev.jarmor.licensing.VendorKeys;
import dev.jarmor.output.ClassBytes;
import dev.jarmor.runtime.ClassFileSeal;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PrivateKey;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.objectweb.asm.tree.ClassNode;

/**
 * The seal of the output's class files that the tamper guard checks ({@code --guard tamper}), as the runtime's
 * {@link ClassFileSeal} reads it: the SHA-256 of each class file as the output jar holds it, by class name, with
 * whether the guard checks it at start or on its thread, signed with the vendor's private key where the build has
 * it. A class with a multi-release variant is left out (the JVM may load either), and so is {@code module-info},
 * which no class loader reads as a class.
 */
final class TamperSeal {

  private TamperSeal() {}

  /**
   * The program with the seal of its classes added as a resource at {@code path} of its class root.
   *
   * @param atStart the classes the guard checks before the program goes on, by output name
   */
  static Program sealed(Program output, String path, PrivateKey key, Predicate<ClassNode> atStart) {
    if (output.resources().containsKey(path)) {
      throw new JarmorException(JarmorException.Kind.INTERNAL, "the tamper guard's seal " + path
          + " would replace a resource of the program; protect with another --seed", null);
    }
    Set<String> versioned = new HashSet<>();
    output.versioned().forEach(pc -> versioned.add(pc.name()));
    List<ProgramClass> sealed = output.classes().values().stream()
        .filter(pc -> !versioned.contains(pc.name()) && !pc.name().endsWith("module-info")).toList();
    List<byte[]> digests = sealed.parallelStream().map(pc -> ClassFileSeal.digest(ClassBytes.of(pc.node()))).toList();
    byte[] seal;
    try {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(body);
      out.writeInt(sealed.size());
      for (int i = 0; i < sealed.size(); i++) {
        out.writeUTF(sealed.get(i).name());
        out.write(digests.get(i));
        out.writeBoolean(atStart.test(sealed.get(i).node()));
      }
      out.flush();
      ByteArrayOutputStream whole = new ByteArrayOutputStream();
      DataOutputStream wholeOut = new DataOutputStream(whole);
      wholeOut.writeInt(body.size());
      body.writeTo(wholeOut);
      if (key != null) {
        wholeOut.write(VendorKeys.sign(body.toByteArray(), key));
      }
      wholeOut.flush();
      seal = whole.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TreeMap<String, Resource> resources = new TreeMap<>(output.resources());
    resources.put(path, new Resource(path, seal, ""));
    return new Program(output.classes(), output.versioned(), resources, output.manifest(),
        output.layout(), output.contentSeed());
  }
}
