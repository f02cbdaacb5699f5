package dev.jarmor.hierarchy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Groups method declarations that must share one name: every declaration of the same name and
 * descriptor among a program class and all of its supertypes. This covers overriding, interface
 * implementation, and interfaces that meet only in a subclass ({@code class C extends A implements
 * I}, where A's method implements I's although A and I know nothing of each other).
 *
 * <p>Known limit: the grouping is by name and descriptor regardless of access, so a private or
 * package-private method that merely shares a signature with a supertype's method is kept in the
 * same family. That never breaks a program; it only renames less.
 */
public final class MethodFamilies {

  /** Declarations that share one name; at least one of them is in the program. */
  public static final class Family {
    private final List<MemberRef> members;
    private final List<MemberRef> libraryMembers;

    Family(List<MemberRef> members, List<MemberRef> libraryMembers) {
      this.members = List.copyOf(members);
      this.libraryMembers = List.copyOf(libraryMembers);
    }

    /** Every declaration, program and library, sorted. */
    public List<MemberRef> members() {
      return members;
    }

    /** Declarations in library classes; when there is one, the family cannot be renamed. */
    public List<MemberRef> libraryMembers() {
      return libraryMembers;
    }

    public String name() {
      return members.get(0).name();
    }

    public String descriptor() {
      return members.get(0).descriptor();
    }

    @Override
    public String toString() {
      return members.toString();
    }
  }

  private final Map<MemberRef, Family> byMember;
  private final List<Family> families;

  private MethodFamilies(Map<MemberRef, Family> byMember, List<Family> families) {
    this.byMember = byMember;
    this.families = families;
  }

  /** All families, in a deterministic order (by their first member). */
  public List<Family> all() {
    return families;
  }

  /** The family of a declaration, or null for a library method no program method shares a name with. */
  public Family of(MemberRef declaration) {
    return byMember.get(declaration);
  }

  static MethodFamilies compute(Hierarchy hierarchy) {
    Map<MemberRef, MemberRef> parent = new HashMap<>();
    for (ClassInfo cls : hierarchy.programClasses()) {
      Map<String, List<MemberRef>> bySignature = new LinkedHashMap<>();
      collect(cls, bySignature);
      for (ClassInfo ancestor : hierarchy.ancestors(cls.name())) {
        collect(ancestor, bySignature);
      }
      for (List<MemberRef> declarations : bySignature.values()) {
        if (declarations.stream().anyMatch(d -> hierarchy.isProgramClass(d.owner()))) {
          MemberRef root = find(parent, declarations.get(0));
          for (MemberRef other : declarations.subList(1, declarations.size())) {
            MemberRef otherRoot = find(parent, other);
            if (!otherRoot.equals(root)) {
              parent.put(otherRoot, root);
            }
          }
        }
      }
    }
    Map<MemberRef, List<MemberRef>> groups = new TreeMap<>();
    for (MemberRef member : parent.keySet()) {
      groups.computeIfAbsent(find(parent, member), k -> new ArrayList<>()).add(member);
    }
    Map<MemberRef, Family> byMember = new HashMap<>();
    List<Family> families = new ArrayList<>();
    for (List<MemberRef> group : groups.values()) {
      Collections.sort(group);
      List<MemberRef> library = group.stream().filter(m -> !hierarchy.isProgramClass(m.owner())).toList();
      Family family = new Family(group, library);
      families.add(family);
      group.forEach(m -> byMember.put(m, family));
    }
    families.sort((a, b) -> a.members().get(0).compareTo(b.members().get(0)));
    return new MethodFamilies(byMember, List.copyOf(families));
  }

  private static void collect(ClassInfo cls, Map<String, List<MemberRef>> bySignature) {
    for (MemberInfo method : cls.methods()) {
      if (!method.name().startsWith("<")) {
        bySignature.computeIfAbsent(method.key(), k -> new ArrayList<>())
            .add(new MemberRef(cls.name(), method.name(), method.descriptor()));
      }
    }
  }

  private static MemberRef find(Map<MemberRef, MemberRef> parent, MemberRef member) {
    MemberRef root = member;
    for (MemberRef next = parent.get(root); next != null && !next.equals(root); next = parent.get(root)) {
      root = next;
    }
    parent.putIfAbsent(member, member);
    if (!root.equals(member)) {
      parent.put(member, root);
    }
    parent.putIfAbsent(root, root);
    return root;
  }
}
