package dev.jarmor.samples.data;

/** A list element SnakeYAML creates from the generic type of Config's servers. */
public class Server {
  private String host;
  private int weight;

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public int getWeight() {
    return weight;
  }

  public void setWeight(int weight) {
    this.weight = weight;
  }
}
