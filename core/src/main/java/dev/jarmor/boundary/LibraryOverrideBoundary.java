package dev.jarmor.boundary;

import dev.jarmor.hierarchy.MemberRef;
import dev.jarmor.hierarchy.MethodFamilies.Family;
import dev.jarmor.plan.Decision;
import dev.jarmor.plan.Target;
import java.util.function.Consumer;

/**
 * Methods that override or implement a library method: the library calls them by its own name
 * (a {@code Runnable.run}, a {@code Comparable.compareTo}), so the whole family keeps it.
 */
public final class LibraryOverrideBoundary implements Boundary {

  @Override
  public String id() {
    return "library-override";
  }

  @Override
  public void analyze(AnalysisContext context, Consumer<Decision> decisions) {
    for (Family family : context.hierarchy().families().all()) {
      if (family.libraryMembers().isEmpty()) {
        continue;
      }
      MemberRef library = family.libraryMembers().get(0);
      String text = "overrides or implements library method " + library.owner().replace('/', '.') + "." + library.name();
      for (MemberRef member : family.members()) {
        if (context.hierarchy().isProgramClass(member.owner())) {
          decisions.accept(Decision.keep(new Target.MethodTarget(member), id(), text));
        }
      }
    }
  }
}
