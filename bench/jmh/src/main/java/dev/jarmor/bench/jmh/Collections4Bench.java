package dev.jarmor.bench.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.collections4.Bag;
import org.apache.commons.collections4.CollectionUtils;
import org.apache.commons.collections4.ListUtils;
import org.apache.commons.collections4.MultiValuedMap;
import org.apache.commons.collections4.Predicate;
import org.apache.commons.collections4.PredicateUtils;
import org.apache.commons.collections4.Transformer;
import org.apache.commons.collections4.TransformerUtils;
import org.apache.commons.collections4.bag.HashBag;
import org.apache.commons.collections4.map.LRUMap;
import org.apache.commons.collections4.multimap.ArrayListValuedHashMap;
import org.apache.commons.collections4.trie.PatriciaTrie;
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
 * CPU-bound work done by commons-collections4 4.5.0: a bag, a multi-valued map, a Patricia trie, the
 * longest common subsequence, set operations, an LRU map and composed functors, each over a fixed
 * stream of words drawn from a small vocabulary (so that words repeat, as in real text). Every
 * benchmark returns a checksum of what it computed, which {@link Check} compares between variants.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class Collections4Bench {

  private List<String> vocabulary;
  private List<String> stream;
  private String[] keys;
  private List<String> prefixes;
  private List<String> edited;
  private List<String> other;
  private Predicate<String> rare;
  private Transformer<String, Integer> rank;

  @Setup
  public void setUp() {
    Inputs inputs = new Inputs(4);
    vocabulary = inputs.words(500);
    stream = new ArrayList<>();
    other = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      stream.add(vocabulary.get(inputs.nextInt(vocabulary.size())));
      other.add(vocabulary.get(inputs.nextInt(vocabulary.size() / 2)));
    }
    keys = new String[stream.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = stream.get(i).substring(0, Math.min(2, stream.get(i).length()));
    }
    prefixes = new ArrayList<>();
    for (String word : vocabulary.subList(0, 100)) {
      prefixes.add(word.substring(0, Math.min(1 + word.length() / 3, word.length())));
    }
    // the first 600 words with about one in ten replaced, deleted or doubled: a diff worth computing
    edited = new ArrayList<>();
    for (String word : stream.subList(0, 600)) {
      switch (inputs.nextInt(30)) {
        case 0: edited.add(inputs.word()); break;
        case 1: break;
        case 2: edited.add(word); edited.add(word); break;
        default: edited.add(word);
      }
    }
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) {
      ranks.putIfAbsent(vocabulary.get(i), i);
    }
    rare = PredicateUtils.andPredicate(PredicateUtils.notNullPredicate(),
        PredicateUtils.notPredicate(PredicateUtils.anyPredicate(List.of(
            PredicateUtils.equalPredicate(vocabulary.get(0)), PredicateUtils.equalPredicate(vocabulary.get(1)),
            PredicateUtils.equalPredicate(vocabulary.get(2)), PredicateUtils.equalPredicate(vocabulary.get(3))))));
    rank = TransformerUtils.ifTransformer(PredicateUtils.notNullPredicate(), TransformerUtils.mapTransformer(ranks),
        TransformerUtils.constantTransformer(-1));
  }

  @Benchmark
  public int bag() {
    Bag<String> bag = new HashBag<>(stream);
    int sum = 0;
    for (String word : vocabulary) {
      sum += bag.getCount(word);
      bag.remove(word, 1);
    }
    return sum + bag.uniqueSet().size() + bag.size();
  }

  @Benchmark
  public int multimap() {
    MultiValuedMap<String, String> map = new ArrayListValuedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      map.put(keys[i], stream.get(i));
    }
    int sum = map.keySet().size();
    for (String key : keys) {
      sum += map.get(key).size();
    }
    return sum + map.keys().getCount(keys[0]) + map.asMap().size();
  }

  @Benchmark
  public int trie() {
    PatriciaTrie<Integer> trie = new PatriciaTrie<>();
    for (int i = 0; i < stream.size(); i++) {
      trie.put(stream.get(i), i);
    }
    int sum = trie.size();
    for (String prefix : prefixes) {
      sum += trie.prefixMap(prefix).size();
      sum += trie.select(prefix).getValue();
    }
    return sum;
  }

  @Benchmark
  public int lcs() {
    return ListUtils.longestCommonSubsequence(stream.subList(0, 600), edited).hashCode();
  }

  @Benchmark
  public int setOperations() {
    List<String> first = stream.subList(0, 2000);
    return CollectionUtils.union(first, other).size()
        + CollectionUtils.intersection(first, other).size()
        + CollectionUtils.disjunction(first, other).size()
        + CollectionUtils.subtract(first, other).size()
        + CollectionUtils.getCardinalityMap(first).size();
  }

  @Benchmark
  public int lruMap() {
    LRUMap<String, Integer> map = new LRUMap<>(100);
    int hits = 0;
    for (String word : stream) {
      Integer count = map.get(word);
      if (count != null) {
        hits++;
      }
      map.put(word, count == null ? 1 : count + 1);
    }
    return hits + map.size();
  }

  @Benchmark
  public int functors() {
    int sum = 0;
    for (Integer index : CollectionUtils.collect(CollectionUtils.select(stream, rare), rank)) {
      sum += index;
    }
    return sum + CollectionUtils.select(stream, PredicateUtils.uniquePredicate()).size()
        + CollectionUtils.countMatches(other, rare);
  }
}
