package dev.jarmor.boundary;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.hierarchy.MemberInfo;
import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.hierarchy.MethodFamilies;
import dev.jarmor.input.ProgramClass;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.NameForm;
import dev.jarmor.plan.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Reflection by name: Class.forName, getDeclaredField, getMethod, MethodHandles.Lookup's find methods,
 * field updaters and ObjectStreamField, with the class and the name followed through locals, casts,
 * concatenation, getClass() and getSuperclass() ({@link ReflectionInterpreter}).
 *
 * <ul>
 *   <li>The class is known and the name is one string constant: the constant is adapted to the
 *       member's new name, where every member it can find shares one new name (one field, or methods
 *       of one family); otherwise those members keep their names.
 *   <li>The name is built of constants (concatenated) or the class is only known by name: the names
 *       keep.
 *   <li>The name is known only at run time, in full or in part: a note names the place, what it looks
 *       up and the rule that covers what it can find ({@link SuggestedRule}, spelled from the constant
 *       text around the run-time part); none where that rule matches nothing of the program, and the
 *       planner drops it where every name the rule matches keeps its name anyway.
 *   <li>Only the name is known: every program member of that name and kind keeps its name.
 *   <li>Comparing the names of listed members ({@code m.getName().equals(name)} over
 *       getDeclaredMethods() and the like) is a lookup by name too.
 *   <li>A program method that passes its own arguments on to one of these (a reflection utility)
 *       is treated as one wherever it is called; this is found to a fixed point, so utilities built
 *       on utilities count too.
 * </ul>
 *
 * A class name constant given to Class.forName is adapted by {@link ClassNameStringBoundary} when it
 * is qualified; here, also where it names a class of the default package.
 */
public final class ReflectionBoundary implements Boundary {

  /** What introduces, in a note's text, the rule that covers the lookup; {@link #suggestedRule} reads it back. */
  private static final String RULE_INTRO = "; the rule that keeps what it can find is ";

  /**
   * The keep rule a note of this analyzer suggests, as written there ({@code -keepnames class com.acme.*Exporter}),
   * or empty where the note has none (no rule could be spelled) or is not one of this analyzer's: what a tool that
   * tries the rule (jarmor check's fix search) reads, so that the note's wording is known in this class only.
   */
  public static Optional<String> suggestedRule(String noteText) {
    int start = noteText.indexOf(RULE_INTRO);
    if (start < 0) {
      return Optional.empty();
    }
    start += RULE_INTRO.length();
    int end = noteText.indexOf(SuggestedRule.MATCHES, start);
    return Optional.of(noteText.substring(start, end < 0 ? noteText.length() : end));
  }

  private static final int MAX_ROUNDS = 6;

  @Override
  public String id() {
    return "reflection";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    Hierarchy hierarchy = context.hierarchy();
    ReflectiveCalls calls = new ReflectiveCalls(hierarchy);
    List<Site> sites = new ArrayList<>();
    for (ProgramClass pc : context.program().classes().values()) {
      for (MethodNode method : pc.node().methods) {
        Site site = new Site(pc, method);
        if (!site.calls.isEmpty()) {
          sites.add(site);
        }
      }
    }
    // summaries first: a call to a utility counts only once the utility is known as one; after the
    // first round, only methods calling what the last round learned can learn more
    List<Site> pending = sites;
    for (int round = 0; round < MAX_ROUNDS && !pending.isEmpty(); round++) {
      calls.startRound();
      boolean learned = false;
      for (Site site : pending) {
        learned |= site.summarize(hierarchy, calls);
      }
      if (!learned) {
        break;
      }
      List<Site> next = new ArrayList<>();
      for (Site site : sites) {
        if (site.calls.stream().anyMatch(calls::reachesNewSummary)) {
          next.add(site);
        }
      }
      pending = next;
    }
    MemberIndex index = new MemberIndex(hierarchy);
    SuggestedRule.Matcher rules = new SuggestedRule.Matcher(hierarchy);
    for (Site site : sites) {
      site.decide(hierarchy, calls, index, rules, decisions, id());
    }
  }

  /**
   * A lookup by name in one method: a reflective call, or a comparison of a listed member's name
   * ({@code m.getName().equals(name)} over getDeclaredMethods()).
   *
   * @param cls the value that says which class is searched
   * @param name the value holding the name
   */
  private record Lookup(AbstractInsnNode insn, ReflectiveCalls.Kind kind, Tracked cls, Tracked name,
      boolean inSupertypes, String text) {}

  /** One method's lookups by name, from the frames before each instruction. */
  private static final class Site {
    final ProgramClass owner;
    final MethodNode method;
    final List<MethodInsnNode> calls = new ArrayList<>();
    final boolean lists;
    Frame<Tracked>[] frames;
    boolean failed;

    Site(ProgramClass owner, MethodNode method) {
      this.owner = owner;
      this.method = method;
      boolean listing = false;
      for (AbstractInsnNode insn : method.instructions) {
        if (insn instanceof MethodInsnNode call) {
          calls.add(call);
          listing |= ReflectionInterpreter.listsMembers(call);
        }
      }
      this.lists = listing;
    }

    private List<Lookup> lookups(Hierarchy hierarchy, ReflectiveCalls calls) {
      List<AbstractInsnNode> candidates = new ArrayList<>();
      for (MethodInsnNode call : this.calls) {
        // a name comparison is a lookup only over members this method lists
        if (calls.of(call) != null || lists && isEquals(call)) {
          candidates.add(call);
        }
      }
      if (candidates.isEmpty() || frames(hierarchy) == null) {
        return List.of();
      }
      List<Lookup> lookups = new ArrayList<>();
      for (AbstractInsnNode insn : candidates) {
        Frame<Tracked> frame = frames[method.instructions.indexOf(insn)];
        MethodInsnNode call = (MethodInsnNode) insn;
        if (frame == null) {
          continue;
        }
        ReflectiveCalls.Call reflective = calls.of(call);
        if (reflective != null) {
          lookups.add(new Lookup(insn, reflective.kind(), classValue(frame, call, reflective),
              argument(frame, call, reflective.nameArgument()), reflective.inSupertypes(), reflective.text()));
          continue;
        }
        Tracked left = argument(frame, call, ReflectiveCalls.RECEIVER);
        Tracked right = argument(frame, call, 0);
        Tracked listed = left.fact instanceof Fact.MemberName ? left : right.fact instanceof Fact.MemberName ? right : null;
        if (listed != null) {
          Fact.MemberName member = (Fact.MemberName) listed.fact;
          lookups.add(new Lookup(insn, member.kind(), new Tracked(null, member.of()), listed == left ? right : left,
              !member.declared(), (member.kind() == ReflectiveCalls.Kind.FIELD ? "Field" : "Method")
              + ".getName().equals"));
        }
      }
      return lookups;
    }

    private static boolean isEquals(MethodInsnNode call) {
      return call.owner.equals("java/lang/String") && call.name.equals("equals")
          && call.desc.equals("(Ljava/lang/Object;)Z");
    }

    private Frame<Tracked>[] frames(Hierarchy hierarchy) {
      if (frames == null && !failed) {
        frames = TrackedFrames.of(hierarchy, owner, method);
        failed = frames == null;
      }
      return frames;
    }

    /** Learns whether this method passes its arguments on to a lookup by name; true if that is news. */
    boolean summarize(Hierarchy hierarchy, ReflectiveCalls calls) {
      boolean learned = false;
      for (Lookup lookup : lookups(hierarchy, calls)) {
        if (!(lookup.name().fact instanceof Fact.Param name)) {
          continue;
        }
        // a utility built on utilities is named with the JDK call at the bottom, not the whole chain
        String jdkCall = lookup.text().contains(" (")
            ? lookup.text().substring(lookup.text().lastIndexOf('(') + 1, lookup.text().indexOf(')')) : lookup.text();
        String text = owner.name().replace('/', '.') + "." + method.name + " (" + jdkCall + ")";
        Fact cls = lookup.cls() == null ? null : lookup.cls().fact;
        ReflectiveCalls.Call summary = null;
        if (lookup.kind() == ReflectiveCalls.Kind.CLASS) {
          summary = new ReflectiveCalls.Call(lookup.kind(), 0, null, false, name.index(), false, text);
        } else if (cls instanceof Fact.Param p) {
          summary = new ReflectiveCalls.Call(lookup.kind(), p.index(), null, false, name.index(),
              lookup.inSupertypes() || p.reach() != Fact.Reach.EXACT, text);
        } else if (cls instanceof Fact.ClassOfParam p) {
          summary = new ReflectiveCalls.Call(lookup.kind(), p.index(), null, true, name.index(), true, text);
        } else if (cls instanceof Fact.ClassOf c && !c.name().startsWith("[")) {
          summary = new ReflectiveCalls.Call(lookup.kind(), ReflectiveCalls.FIXED, c.name(), false, name.index(),
              lookup.inSupertypes() || c.reach() != Fact.Reach.EXACT, text);
        }
        if (summary != null) {
          learned |= calls.summarize(new MemberRef(owner.name(), method.name, method.desc), summary);
        }
      }
      return learned;
    }

    void decide(Hierarchy hierarchy, ReflectiveCalls calls, MemberIndex index, SuggestedRule.Matcher rules,
        Consumer<Decision> decisions, String source) {
      for (Lookup lookup : lookups(hierarchy, calls)) {
        decide(hierarchy, lookup, index, rules, decisions, source);
      }
    }

    private void decide(Hierarchy hierarchy, Lookup lookup, MemberIndex index, SuggestedRule.Matcher rules,
        Consumer<Decision> decisions, String source) {
      Fact name = lookup.name().fact;
      String text = Fact.text(name);
      if (text == null) {
        // the program's own parameters are summarized; a name computed at run time only a rule can cover
        boolean comparison = isEquals((MethodInsnNode) lookup.insn()); // comparing two names is no lookup
        if (!comparison && !(name instanceof Fact.Param || name instanceof Fact.NameOfClass)
            && mayFindProgramNames(hierarchy, lookup)) {
          SuggestedRule rule = rule(hierarchy, lookup, rules);
          // a rule that matches nothing of the program: renaming cannot break what the lookup finds
          if (rule == null || !rule.matched().isEmpty()) {
            decisions.accept(Decision.note(Target.ofClass(owner.name()), source, unresolved(lookup, rule),
                rule == null ? Set.of() : rule.matched()));
          }
        }
        return;
      }
      String where = lookup.text() + "(\"" + text + "\") at " + CodeLocation.of(owner.node(), method, lookup.insn());
      if (lookup.kind() == ReflectiveCalls.Kind.CLASS) {
        ClassNameString named = ClassNameString.of(text, hierarchy, true);
        if (named == null || named.form() != NameForm.DOTTED_CLASS) {
          return;
        }
        Target target = Target.ofClass(named.className());
        if (name instanceof Fact.Literal literal && literal.site() != null) {
          decisions.accept(Decision.adapt(target, literal.site(), text, NameForm.DOTTED_CLASS, source,
              where + " loads it"));
        } else {
          decisions.accept(Decision.keep(target, source, where + " loads it by a name built there"));
        }
        return;
      }
      Set<String> classes = searched(hierarchy, lookup);
      List<MemberRef> candidates = classes == null ? index.named(lookup.kind(), text)
          : index.named(lookup.kind(), text, classes);
      if (candidates.isEmpty()) {
        return;
      }
      if (classes != null && name instanceof Fact.Literal literal && literal.site() != null
          && shareOneName(hierarchy, lookup.kind(), candidates)) {
        decisions.accept(Decision.adapt(target(lookup.kind(), candidates.get(0)), literal.site(), text,
            NameForm.MEMBER, source, where + " finds it"));
        return;
      }
      String why = classes == null ? where + " finds a " + kindWord(lookup.kind()) + " of that name in a class not known there"
          : where + " finds it by a name " + (name instanceof Fact.Literal ? "that more than one member has"
              : "built there");
      for (MemberRef candidate : candidates) {
        decisions.accept(Decision.keep(target(lookup.kind(), candidate), source, why));
      }
    }

    /**
     * The keep rule that covers what a lookup by a name the analysis cannot tell can find, spelled
     * from the name's constant parts; null where none can be.
     */
    private static SuggestedRule rule(Hierarchy hierarchy, Lookup lookup, SuggestedRule.Matcher rules) {
      Fact.Partial name = partial(lookup);
      if (lookup.kind() == ReflectiveCalls.Kind.CLASS) {
        return SuggestedRule.forClasses(name.prefix(), name.suffix(), rules);
      }
      Set<String> searched = searched(hierarchy, lookup);
      List<String> classes = searched == null ? List.of() : searched.stream().filter(hierarchy::isProgramClass)
          .map(c -> c.replace('/', '.')).sorted().toList();
      return SuggestedRule.forMembers(lookup.kind(), classes, name.prefix(), name.suffix(), rules);
    }

    /** The constant text around the run-time part of a lookup's name (both empty where none is known). */
    private static Fact.Partial partial(Lookup lookup) {
      return lookup.name().fact instanceof Fact.Partial p ? p : new Fact.Partial("", "");
    }

    /**
     * What the user needs to know of a lookup by a name the analysis cannot tell: where it is, what
     * it looks up, the rule that covers what it can find (null: none can be spelled) and how to
     * confirm it.
     */
    private String unresolved(Lookup lookup, SuggestedRule rule) {
      String what = lookup.kind() == ReflectiveCalls.Kind.CLASS ? "a class" : "a " + kindWord(lookup.kind()) + " of "
          + (lookup.cls().fact instanceof Fact.ClassOf c && !c.name().startsWith("[") ? c.name().replace('/', '.')
              : "a class not known there");
      String found = lookup.text() + " at " + CodeLocation.of(owner.node(), method, lookup.insn()) + " looks up "
          + what + " by a name " + (lookup.name().fact instanceof Fact.Partial ? "built at run time ("
          + shown(partial(lookup)) + ")" : "known only at run time");
      if (rule == null) {
        return found + "; no rule can be derived from the code there (names it reads from the program's resources"
            + " follow renaming): keep what it can find with a keep rule, confirm by running the program"
            + " protected with that rule, then -dontnote " + owner.name().replace('/', '.')
            + " in a --rules file silences this";
      }
      return found + RULE_INTRO + rule + "; confirm by running the program"
          + " protected with that rule in a --rules file";
    }

    /** A name built at run time as the code spells it: {@code "com.acme." + ... + "Exporter"}. */
    private static String shown(Fact.Partial name) {
      return (name.prefix().isEmpty() ? "" : "\"" + name.prefix() + "\" + ") + "..."
          + (name.suffix().isEmpty() ? "" : " + \"" + name.suffix() + "\"");
    }

    /** Whether a lookup may land in the program: a class lookup, or a member lookup not on a library class. */
    private static boolean mayFindProgramNames(Hierarchy hierarchy, Lookup lookup) {
      if (lookup.kind() == ReflectiveCalls.Kind.CLASS) {
        return true;
      }
      return !(lookup.cls().fact instanceof Fact.ClassOf cls) || hierarchy.isProgramClass(cls.name());
    }

    private static String kindWord(ReflectiveCalls.Kind kind) {
      return switch (kind) {
        case CLASS -> "class";
        case FIELD -> "field";
        case METHOD -> "method";
      };
    }

    private Tracked classValue(Frame<Tracked> frame, MethodInsnNode insn, ReflectiveCalls.Call call) {
      if (call.classArgument() == ReflectiveCalls.CALLER) {
        return new Tracked(null, new Fact.ClassOf(owner.name(), Fact.Reach.EXACT));
      }
      if (call.classArgument() == ReflectiveCalls.FIXED) {
        return new Tracked(null, new Fact.ClassOf(call.fixedClass(), Fact.Reach.EXACT));
      }
      Tracked value = argument(frame, insn, call.classArgument());
      if (call.classOfArgument() && !(value.fact instanceof Fact.Param)) {
        return value.type != null && value.type.getSort() == Type.OBJECT && !value.type.equals(Tracked.OBJECT)
            ? new Tracked(value.type, new Fact.ClassOf(value.type.getInternalName(), Fact.Reach.RELATED))
            : Tracked.UNINITIALIZED;
      }
      return value;
    }
  }

  /** The value of an argument (or the receiver) of the call about to run in this frame. */
  private static Tracked argument(Frame<Tracked> frame, MethodInsnNode insn, int argument) {
    int count = Type.getArgumentTypes(insn.desc).length;
    int top = frame.getStackSize();
    int index = argument == ReflectiveCalls.RECEIVER ? top - count - 1 : top - count + argument;
    return index >= 0 && index < top ? frame.getStack(index) : Tracked.UNINITIALIZED;
  }

  /** The classes a lookup searches, or null when the class is not known. */
  private static Set<String> searched(Hierarchy hierarchy, Lookup lookup) {
    if (!(lookup.cls().fact instanceof Fact.ClassOf cls) || cls.name().startsWith("[")) {
      return null;
    }
    Set<String> classes = new LinkedHashSet<>();
    classes.add(cls.name());
    if (lookup.inSupertypes() || cls.reach() != Fact.Reach.EXACT) {
      hierarchy.ancestors(cls.name()).forEach(ancestor -> classes.add(ancestor.name()));
    }
    if (cls.reach() == Fact.Reach.RELATED) {
      classes.addAll(hierarchy.descendants(cls.name()));
    }
    return classes;
  }

  /** Whether every candidate gets the same new name: one field, or methods of one family. */
  private static boolean shareOneName(Hierarchy hierarchy, ReflectiveCalls.Kind kind, List<MemberRef> candidates) {
    if (kind == ReflectiveCalls.Kind.FIELD) {
      return candidates.size() == 1;
    }
    MethodFamilies.Family family = hierarchy.families().of(candidates.get(0));
    return family != null && candidates.stream().allMatch(c -> family.equals(hierarchy.families().of(c)));
  }

  private static Target target(ReflectiveCalls.Kind kind, MemberRef member) {
    return kind == ReflectiveCalls.Kind.FIELD ? Target.ofField(member.owner(), member.name(), member.descriptor())
        : Target.ofMethod(member.owner(), member.name(), member.descriptor());
  }

  /** Program fields and methods by name, for lookups whose class is not known. */
  private static final class MemberIndex {
    private final Hierarchy hierarchy;
    private Map<String, List<MemberRef>> fields;
    private Map<String, List<MemberRef>> methods;

    MemberIndex(Hierarchy hierarchy) {
      this.hierarchy = hierarchy;
    }

    List<MemberRef> named(ReflectiveCalls.Kind kind, String name) {
      if (fields == null) {
        fields = new HashMap<>();
        methods = new HashMap<>();
        for (ClassInfo cls : hierarchy.programClasses()) {
          for (MemberInfo field : cls.fields()) {
            fields.computeIfAbsent(field.name(), k -> new ArrayList<>())
                .add(new MemberRef(cls.name(), field.name(), field.descriptor()));
          }
          for (MemberInfo method : cls.methods()) {
            if (!method.name().startsWith("<")) {
              methods.computeIfAbsent(method.name(), k -> new ArrayList<>())
                  .add(new MemberRef(cls.name(), method.name(), method.descriptor()));
            }
          }
        }
      }
      return (kind == ReflectiveCalls.Kind.FIELD ? fields : methods).getOrDefault(name, List.of());
    }

    List<MemberRef> named(ReflectiveCalls.Kind kind, String name, Set<String> classes) {
      List<MemberRef> found = new ArrayList<>();
      for (String owner : new TreeSet<>(classes)) {
        ClassInfo cls = hierarchy.find(owner);
        if (cls == null || !cls.isProgram()) {
          continue;
        }
        for (MemberInfo member : kind == ReflectiveCalls.Kind.FIELD ? cls.fields() : cls.methods()) {
          if (member.name().equals(name)) {
            found.add(new MemberRef(owner, member.name(), member.descriptor()));
          }
        }
      }
      return found;
    }
  }
}
