package dev.jarmor.passes.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Bogus exception ranges: some blocks get a handler that rethrows what it catches. The ranges go after every
 * original entry of the exception table, so they only see exceptions that were leaving the method anyway, and
 * the rethrow lets them leave unchanged (same object, same stack trace): behaviour stays exact, while a
 * decompiler sees try/catch structure that is not there. Blocks that see an uninitialized object are never
 * covered (a handler there has rules of its own).
 */
final class BogusHandlers {

  private static final String[] TYPES = {"java/lang/Throwable", "java/lang/RuntimeException", "java/lang/Exception",
      "java/lang/IllegalStateException", "java/lang/Error", "java/lang/ArithmeticException"};
  private static final int MAX_PER_METHOD = 6;

  private record Range(Block block, Block handler, String type) {}

  private final List<Range> ranges = new ArrayList<>();

  /** Chooses the covered blocks and adds the handlers' blocks to {@code added}. */
  static BogusHandlers plan(List<Block> blocks, List<Block> added, SplittableRandom random) {
    BogusHandlers bogus = new BogusHandlers();
    List<Block> eligible = new ArrayList<>();
    for (Block block : blocks) {
      if (block.frame != null && !block.pinned && !block.uninitializedInside && block.hasInstructions()) {
        eligible.add(block);
      }
    }
    int count = Math.min(MAX_PER_METHOD, (int) Math.round(eligible.size() * (0.1 + 0.2 * random.nextDouble())));
    if (count == 0 && !eligible.isEmpty() && random.nextInt(3) == 0) {
      count = 1;
    }
    Block handler = null;
    String type = null;
    for (int i = 0; i < count; i++) {
      Block block = eligible.remove(random.nextInt(eligible.size()));
      if (handler == null || random.nextInt(3) == 0) {
        handler = new Block(-1, new LabelNode());
        handler.code.add(new InsnNode(Opcodes.ATHROW));
        added.add(handler);
        type = TYPES[random.nextInt(TYPES.length)];
      }
      bogus.ranges.add(new Range(block, handler, type));
    }
    return bogus;
  }

  /** How many blocks are covered. */
  int size() {
    return ranges.size();
  }

  /** The ranges, once the blocks are laid out; to go after the original ones. */
  List<TryCatchBlockNode> ranges() {
    List<TryCatchBlockNode> result = new ArrayList<>();
    for (Range range : ranges) {
      if (BlockShuffler.emitsCode(range.block)) {
        result.add(new TryCatchBlockNode(range.block.start, range.block.end, range.handler.start, range.type));
      }
    }
    return result;
  }
}
