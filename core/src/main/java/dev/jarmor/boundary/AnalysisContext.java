package dev.jarmor.boundary;

import dev.jarmor.hierarchy.Hierarchy;
import dev.jarmor.input.LibraryPath;
import dev.jarmor.input.Program;

/** What analyzers read: the program as it came in, its hierarchy, and the libraries it runs against. */
public record AnalysisContext(Program program, Hierarchy hierarchy, LibraryPath libraries) {}
