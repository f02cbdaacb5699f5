package dev.jarmor.bench.jmh;

import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.apache.commons.lang3.StringEscapeUtils;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.builder.EqualsBuilder;
import org.apache.commons.lang3.builder.HashCodeBuilder;
import org.apache.commons.lang3.builder.ToStringBuilder;
import org.apache.commons.lang3.builder.ToStringStyle;
import org.apache.commons.lang3.math.NumberUtils;
import org.apache.commons.lang3.text.StrBuilder;
import org.apache.commons.lang3.text.WordUtils;
import org.apache.commons.lang3.time.FastDateFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * CPU-bound work done by commons-lang3 3.17.0: string splitting and joining, replacing, formatting,
 * edit distance, escaping, the builders, number parsing, date formatting and StrBuilder, each over a
 * fixed input. Every benchmark returns a checksum of what it computed, which {@link Check} compares
 * between variants. The annotations' iteration counts are for a run by hand; bench/runtime sets its own.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
// The text classes lang3 deprecated in favour of commons-text are still lang3 code, and code in the wild
// still calls them.
@SuppressWarnings("deprecation")
public class Lang3Bench {

  private static final String[] SEARCH = {"the", "and", "ing", "\"", "&", "tion"};
  private static final String[] REPLACE = {"THE", "+", "in'", "'", "and", "sion"};

  private String[] csvLines;
  private String text;
  private List<String> sentences;
  private String[] left;
  private String[] right;
  private String[] numbers;
  private long[] instants;
  private FastDateFormat dateFormat;

  @Setup
  public void setUp() {
    Inputs inputs = new Inputs(3);
    csvLines = new String[200];
    for (int i = 0; i < csvLines.length; i++) {
      csvLines[i] = String.join(",", inputs.words(12));
    }
    text = inputs.sentence(2000);
    sentences = inputs.sentences(200, 20);
    left = new String[100];
    right = new String[100];
    for (int i = 0; i < left.length; i++) {
      left[i] = inputs.word() + inputs.word() + inputs.word();
      right[i] = inputs.word() + inputs.word() + inputs.word();
    }
    numbers = new String[500];
    for (int i = 0; i < numbers.length; i++) {
      int n = inputs.nextInt(1_000_000) - 500_000;
      switch (i % 7) {
        case 0: numbers[i] = Integer.toString(n); break;
        case 1: numbers[i] = n + "L"; break;
        case 2: numbers[i] = "0x" + Integer.toHexString(Math.abs(n)); break;
        case 3: numbers[i] = n / 1000.0 + "e3"; break;
        case 4: numbers[i] = n / 100.0 + "f"; break;
        case 5: numbers[i] = n + "123456789012345"; break;
        default: numbers[i] = inputs.word() + n; // not a number
      }
    }
    instants = new long[200];
    for (int i = 0; i < instants.length; i++) {
      instants[i] = 1_600_000_000_000L + (long) inputs.nextInt(Integer.MAX_VALUE) * 1000L + i;
    }
    dateFormat = FastDateFormat.getInstance(
        "yyyy-MM-dd'T'HH:mm:ss.SSS EEE MMM Z", TimeZone.getTimeZone("UTC"), Locale.ROOT);
  }

  @Benchmark
  public int splitJoin() {
    int sum = 0;
    for (String line : csvLines) {
      String[] fields = StringUtils.split(line, ',');
      sum += StringUtils.join(fields, " | ").hashCode();
      sum += StringUtils.splitPreserveAllTokens(line, ',').length;
      sum += StringUtils.join(StringUtils.splitByCharacterTypeCamelCase(fields[0]), '_').length();
    }
    return sum;
  }

  @Benchmark
  public int replace() {
    return StringUtils.replaceEach(text, SEARCH, REPLACE).hashCode()
        + StringUtils.replaceIgnoreCase(text, "AND", "&").length()
        + StringUtils.countMatches(text, "the");
  }

  @Benchmark
  public int format() {
    int sum = 0;
    for (String sentence : sentences) {
      String line = StringUtils.normalizeSpace(sentence);
      sum += StringUtils.center(StringUtils.abbreviate(line, 40), 50, '*').hashCode();
      sum += StringUtils.swapCase(StringUtils.capitalize(line)).hashCode();
      sum += WordUtils.wrap(line, 30).hashCode();
      sum += StringUtils.wrap(StringUtils.strip(line, "."), '"').length();
    }
    return sum;
  }

  @Benchmark
  public int levenshtein() {
    int sum = 0;
    for (int i = 0; i < left.length; i++) {
      sum += StringUtils.getLevenshteinDistance(left[i], right[i]);
      sum += StringUtils.indexOfDifference(left[i], right[i]);
    }
    return sum;
  }

  @Benchmark
  public int escape() {
    String html = StringEscapeUtils.escapeHtml4(text);
    return html.hashCode()
        + StringEscapeUtils.unescapeHtml4(html).length()
        + StringEscapeUtils.escapeJava(text).hashCode();
  }

  @Benchmark
  public int builders() {
    int sum = 0;
    for (int i = 1; i < left.length; i++) {
      // JSON style names no class (JMH runs a generated subclass of this one) and no identity hash
      sum += new ToStringBuilder(this, ToStringStyle.JSON_STYLE)
          .append("left", left[i]).append("right", right[i]).append("index", i)
          .append("pair", new String[] {left[i - 1], right[i - 1]})
          .toString().hashCode();
      sum += new HashCodeBuilder(17, 37).append(left[i]).append(right[i]).append(i).toHashCode();
      sum += new EqualsBuilder().append(left[i], left[i - 1]).append(i, i).isEquals() ? 1 : 0;
    }
    return sum;
  }

  @Benchmark
  public int numbers() {
    int sum = 0;
    for (String number : numbers) {
      if (NumberUtils.isCreatable(number)) {
        sum += NumberUtils.createNumber(number).hashCode();
      }
      sum += NumberUtils.toInt(number, -1);
    }
    return sum;
  }

  @Benchmark
  public long dates() throws ParseException {
    long sum = 0;
    for (long instant : instants) {
      sum += dateFormat.parse(dateFormat.format(instant)).getTime();
    }
    return sum;
  }

  @Benchmark
  public int strBuilder() {
    StrBuilder builder = new StrBuilder();
    for (String sentence : sentences) {
      builder.appendSeparator('\n').append(sentence).appendPadding(3, '~');
    }
    builder.replaceAll("and", "&").deleteAll('\t').trim();
    return builder.toString().hashCode() + builder.indexOf("the", 100) + builder.lastIndexOf('&');
  }
}
