package app;

/** Some work, in a class of its own. */
class Work {

  int total(int n) {
    int total = 0;
    for (int i = 1; i <= n; i++) {
      total += i;
    }
    return total;
  }
}
