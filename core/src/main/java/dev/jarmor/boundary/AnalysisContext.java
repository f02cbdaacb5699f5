package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;
import java.util.function.Consumer;

/**
 * What analyzers read: the program as it came in, its hierarchy, and the libraries it runs against;
 * and where they report what the user should know that decides no name.
 *
 * @param warnings takes one message per finding that is no decision, such as a user's keep pattern
 *     that matches nothing (the engine passes them to its listener)
 */
public record AnalysisContext(Program program, Hierarchy hierarchy, LibraryPath libraries,
    Consumer<String> warnings) {}
