package app;

/** Work the program does while it runs, in a class of its own. */
class Worker {

  static final int STEP = Integer.getInteger("step", 1);

  static int work() {
    return STEP;
  }
}
