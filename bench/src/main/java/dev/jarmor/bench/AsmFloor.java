package dev.jarmor.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.ClassNode;

/**
 * The throughput floor: the cheapest whole-process job that still reads every entry of a jar,
 * passes each class through ASM and writes a new jar, with no change. A tool that transforms the
 * same jar in the same JVM cannot be faster than this, so {@code bench/throughput} reports other
 * tools as multiples of it.
 *
 * <p>{@code stream} is ASM's ClassReader straight into a ClassWriter; {@code tree} reads every class
 * into a ClassNode first and writes it back, which is the representation jarmor works on. Both run
 * on one thread: the floor is the work, not how well it is spread over cores.
 *
 * <p>Usage: {@code AsmFloor stream|tree <in.jar> <out.jar>}
 */
public final class AsmFloor {

  private AsmFloor() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3 || !(args[0].equals("stream") || args[0].equals("tree"))) {
      System.err.println("usage: AsmFloor stream|tree <in.jar> <out.jar>");
      System.exit(2);
    }
    boolean tree = args[0].equals("tree");
    int classes = 0;
    try (ZipFile in = new ZipFile(args[1]);
        OutputStream file = Files.newOutputStream(Path.of(args[2]));
        ZipOutputStream out = new ZipOutputStream(file)) {
      Enumeration<? extends ZipEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        byte[] data;
        try (InputStream stream = in.getInputStream(entry)) {
          data = stream.readAllBytes();
        }
        if (entry.getName().endsWith(".class")) {
          data = tree ? viaTree(data) : streaming(data);
          classes++;
        }
        // a fresh entry, not a copy of the old one: the old one's compressed size no longer holds
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTime(entry.getTime());
        out.putNextEntry(copy);
        out.write(data);
        out.closeEntry();
      }
    }
    System.err.printf("AsmFloor %s: %d classes%n", args[0], classes);
  }

  private static byte[] streaming(byte[] data) {
    // not new ClassWriter(reader, 0): that copies unchanged methods as raw bytes, a shortcut no
    // transforming tool can take, so the floor would measure less than a read and a write
    ClassWriter writer = new ClassWriter(0);
    new ClassReader(data).accept(writer, 0);
    return writer.toByteArray();
  }

  private static byte[] viaTree(byte[] data) {
    ClassNode node = new ClassNode();
    new ClassReader(data).accept(node, 0);
    ClassWriter writer = new ClassWriter(0);
    node.accept(writer);
    return writer.toByteArray();
  }
}
