package app;

/** A program that runs at once, or waits a while ({@code wait <seconds>}) for something to attach to it. */
public class Guarded {

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("wait")) {
      System.out.println("waiting");
      long end = System.currentTimeMillis() + Long.parseLong(args[1]) * 1000;
      while (System.currentTimeMillis() < end) {
        Thread.sleep(100);
      }
    }
    System.out.println("ran " + new Work().total(4));
  }
}
