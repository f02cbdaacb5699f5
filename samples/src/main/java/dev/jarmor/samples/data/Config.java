package dev.jarmor.samples.data;

import java.util.ArrayList;
import java.util.List;

/** SnakeYAML sets JavaBean properties by name; the list's element type comes from the generic signature. */
public class Config {
  private String name;
  private int port;
  private List<Server> servers = new ArrayList<>();

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getPort() {
    return port;
  }

  public void setPort(int port) {
    this.port = port;
  }

  public List<Server> getServers() {
    return servers;
  }

  public void setServers(List<Server> servers) {
    this.servers = servers;
  }

  int totalWeight() {
    return servers.stream().mapToInt(Server::getWeight).sum();
  }
}
