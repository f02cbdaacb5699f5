package dev.jarmor.plan;

import dev.jarmor.hierarchy.ClassInfo;
import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.rename.NameGenerator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Names one kind of member, method families or fields: a kept member's name is taken in its classes, an earlier
 * release's name is given where it is still free, then every other member gets the first fresh name free in all
 * its related classes.
 *
 * <p>A name is free for a member when no related class (supertype or subtype of one of its classes) has it with
 * the same descriptor: that would create or break an override, or change what a field reference resolves to.
 * Some classes are looked up by name alone, and there a name must be unique whatever the descriptor: annotation
 * types (elements are named in annotations), Serializable classes (streams match fields by name), and classes
 * whose members reflection finds by name (getDeclaredField and getMethod ignore descriptors, or return types). A
 * class with a supertype that cannot be read may inherit any member from it: there, a name the program uses
 * through such a class for a member no readable class declares is taken too ({@link
 * dev.jarmor.hierarchy.MissingClasses#declaresUnseenMethod}).
 */
final class MemberNamer {

  /**
   * A member to name.
   *
   * @param key what the plan names (a method family, a field declaration)
   * @param owners the program classes declaring it
   * @param prior its name in an earlier release, or null
   */
  record Member<K>(K key, List<String> owners, String descriptor, String prior) {}

  private final Hierarchy hierarchy;
  private final NameGenerator generator;
  private final NameSearch search;
  private final String kind;
  private final BiPredicate<ClassInfo, String> libraryDeclares;
  private final Predicate<String> byNameAlone;
  private final Predicate<String> missingDeclares;
  private final Map<String, Set<String>> taken = new HashMap<>();
  private final Map<String, Set<String>> relatedCache = new HashMap<>();

  /**
   * @param kind what tells this kind's search scopes from the other's ({@code "field "} or {@code ""})
   * @param libraryDeclares whether a library class declares a member by {@code name + descriptor}
   * @param byNameAlone whether a program class's members of this kind are looked up by name alone
   * @param missingDeclares whether the program uses, through an incomplete class, a member by {@code name +
   *     descriptor} that no readable class declares
   */
  MemberNamer(Hierarchy hierarchy, NameGenerator generator, NameSearch search, String kind,
      BiPredicate<ClassInfo, String> libraryDeclares, Predicate<String> byNameAlone,
      Predicate<String> missingDeclares) {
    this.hierarchy = hierarchy;
    this.generator = generator;
    this.search = search;
    this.kind = kind;
    this.libraryDeclares = libraryDeclares;
    this.byNameAlone = byNameAlone;
    this.missingDeclares = missingDeclares;
  }

  /** Takes a name in a class: a kept member's, or one just given. */
  void take(String owner, String name, String descriptor) {
    Set<String> names = taken.computeIfAbsent(owner, k -> new HashSet<>());
    names.add(name + descriptor);
    if (byNameAlone.test(owner)) {
      names.add(name);
    }
  }

  /** New names for the members, in their order: earlier releases' names first, then fresh ones. */
  <K> Map<K, String> name(List<Member<K>> members) {
    Map<K, String> names = new HashMap<>();
    List<Member<K>> fresh = new ArrayList<>();
    for (Member<K> member : members) {
      if (member.prior() != null && isFree(related(member.owners()), member.prior(), member.descriptor())) {
        give(names, member, member.prior());
      } else {
        fresh.add(member);
      }
    }
    for (Member<K> member : fresh) {
      Set<String> related = related(member.owners());
      give(names, member, search.firstFree(scopes(related, member), scopes(member.owners(), member), generator::name,
          candidate -> isFree(related, candidate, member.descriptor())));
    }
    return names;
  }

  private <K> void give(Map<K, String> names, Member<K> member, String name) {
    names.put(member.key(), name);
    for (String owner : member.owners()) {
      take(owner, name, member.descriptor());
    }
  }

  private boolean isFree(Set<String> related, String name, String descriptor) {
    String key = name + descriptor;
    for (String cls : related) {
      if (hierarchy.isProgramClass(cls)) {
        Set<String> names = taken.get(cls);
        if (names != null && (names.contains(key) || byNameAlone.test(cls) && names.contains(name))
            || missingDeclares.test(key) && !hierarchy.isComplete(cls)) {
          return false;
        }
      } else if (libraryDeclares.test(hierarchy.find(cls), key)) {
        return false;
      }
    }
    return true;
  }

  /** The classes, program and library, in which a name given to these owners' member could collide. */
  private Set<String> related(List<String> owners) {
    Set<String> result = new LinkedHashSet<>();
    for (String owner : owners) {
      result.addAll(relatedCache.computeIfAbsent(owner, o -> {
        Set<String> set = new LinkedHashSet<>();
        set.add(o);
        hierarchy.ancestors(o).forEach(a -> set.add(a.name()));
        set.addAll(hierarchy.descendants(o));
        return set;
      }));
    }
    return result;
  }

  /** The search scopes of a member's kind and descriptor in these classes. */
  private List<String> scopes(Collection<String> owners, Member<?> member) {
    List<String> scopes = new ArrayList<>(owners.size());
    for (String owner : owners) {
      scopes.add(owner + " " + kind + member.descriptor());
    }
    return scopes;
  }
}
