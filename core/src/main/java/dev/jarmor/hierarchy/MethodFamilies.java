package dev.jarmor.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups method declarations that must share one name: every declaration of the same name and
 * descriptor among a program class and all of its supertypes. This covers overriding, interface
 * implementation, and interfaces that meet only in a subclass ({@code class C extends A implements
 * I}, where A's method implements I's although A and I know nothing of each other).
 *
 * <p>Only supertypes that can be read take part: what a supertype missing from the classpath declares is
 * unknown, so {@code MissingSupertypeBoundary} keeps every method that may belong with it.
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
    UnionFind sets = new UnionFind();
    for (ClassInfo cls : hierarchy.programClasses()) {
      List<ClassInfo> chain = new ArrayList<>();
      chain.add(cls);
      chain.addAll(hierarchy.ancestors(cls.name()));
      // only signatures a program class declares can need a family; library ones are looked up by key
      Map<String, Integer> firstDeclaration = new HashMap<>();
      for (ClassInfo c : chain) {
        if (c.isProgram()) {
          for (Map.Entry<String, MemberInfo> method : c.methodsByKey().entrySet()) {
            if (!method.getValue().name().startsWith("<")) {
              int id = sets.id(c.name(), method.getValue());
              Integer first = firstDeclaration.putIfAbsent(method.getKey(), id);
              if (first != null) {
                sets.union(first, id);
              }
            }
          }
        }
      }
      for (Map.Entry<String, Integer> signature : firstDeclaration.entrySet()) {
        for (ClassInfo c : chain) {
          MemberInfo method = c.isProgram() ? null : c.methodByKey(signature.getKey());
          if (method != null) {
            sets.union(signature.getValue(), sets.id(c.name(), method));
          }
        }
      }
    }
    Map<Integer, List<MemberRef>> groups = new HashMap<>();
    for (int id = 0; id < sets.size(); id++) {
      groups.computeIfAbsent(sets.find(id), k -> new ArrayList<>()).add(sets.member(id));
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

  /** Disjoint sets of declarations, by dense ids, with path halving and union by size. */
  private static final class UnionFind {
    private final Map<MemberRef, Integer> ids = new HashMap<>();
    private final List<MemberRef> members = new ArrayList<>();
    private int[] parent = new int[1024];
    private int[] size = new int[1024];

    int id(String owner, MemberInfo method) {
      MemberRef member = new MemberRef(owner, method.name(), method.descriptor());
      Integer id = ids.get(member);
      if (id != null) {
        return id;
      }
      int next = members.size();
      if (next == parent.length) {
        parent = Arrays.copyOf(parent, next * 2);
        size = Arrays.copyOf(size, next * 2);
      }
      parent[next] = next;
      size[next] = 1;
      ids.put(member, next);
      members.add(member);
      return next;
    }

    int find(int id) {
      int x = id;
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        if (size[ra] < size[rb]) {
          int t = ra;
          ra = rb;
          rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
      }
    }

    int size() {
      return members.size();
    }

    MemberRef member(int id) {
      return members.get(id);
    }
  }
}
