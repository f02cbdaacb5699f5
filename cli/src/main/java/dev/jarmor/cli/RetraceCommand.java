package dev.jarmor.cli;

import dev.jarmor.JarmorException;
import dev.jarmor.mapping.Mapping;
import dev.jarmor.mapping.MappingParser;
import dev.jarmor.mapping.Retracer;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jarmor retrace}: turns a protected program's stack trace back into original names. */
@Command(name = "retrace", description = "Map a stack trace of the protected program back to original names.",
    mixinStandardHelpOptions = true)
final class RetraceCommand implements Callable<Integer> {

  @Option(names = "--mapping", required = true, paramLabel = "<file>", description = "The mapping protect wrote.")
  Path mapping;

  @Parameters(arity = "0..1", paramLabel = "<trace.txt>", description = "The stack trace (default: standard input).")
  Path trace;

  @Option(names = "--debug", description = "Print stack traces with errors.")
  boolean debug;

  @Override
  public Integer call() throws IOException {
    Mapping parsed = MappingParser.parse(mapping);
    if (trace != null && !Files.isRegularFile(trace)) {
      throw JarmorException.input("stack trace file not found", trace.toString());
    }
    try (Reader in = trace == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
            : Files.newBufferedReader(trace, StandardCharsets.UTF_8)) {
      Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      new Retracer(parsed).retrace(in, out);
      out.flush();
    }
    return 0;
  }
}
