package com.tam.protos.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IdsTest {
  private static final String UUID_V4 =
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

  @Test
  void oneSeedMintsTheSameIdsAgainAndAnotherSeedOthers() {
    List<String> first = mint(Ids.seeded(7), 1_000);
    List<String> again = mint(Ids.seeded(7), 1_000);
    List<String> other = mint(Ids.seeded(8), 1_000);

    assertThat(again).isEqualTo(first);
    assertThat(other).doesNotContainAnyElementsOf(first);
    assertThat(first).allMatch(id -> id.matches(UUID_V4));
  }

  @Test
  void concurrentCallersGetDistinctIdsFromTheSeedsSequence() throws Exception {
    Ids ids = Ids.seeded(42);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        work.add(pool.submit(() -> IntStream.range(0, 25_000).forEach(i -> seen.add(ids.uuid()))));
      }
      for (Future<?> f : work) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    // Whatever the interleaving, the 200,000 ids are the seed's first 200,000.
    assertThat(seen).hasSize(200_000).isEqualTo(Set.copyOf(mint(Ids.seeded(42), 200_000)));
  }

  private static List<String> mint(Ids ids, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(ids.uuid());
    }
    return out;
  }
}
