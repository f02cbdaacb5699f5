package dev.jarmor.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RetracerTest {

  private static Retracer retracer;

  @BeforeAll
  static void readMapping() throws IOException {
    retracer = new Retracer(MappingParser.parse(new StringReader("""
        # compiler: jarmor
        com.acme.Main -> com.acme.Main:
            void main(java.lang.String[]) -> main
            void helper() -> a
        com.acme.Worker -> a.b:
            int count -> a
            java.lang.String name -> b
            long total -> b
            void start() -> a
            void stop(int) -> a
            void run() -> b
            void run(int) -> b
        com.acme.Worker$Task -> a.c:
            void call() -> a
        com.acme.Failure -> a.d:
        com.acme.Engine -> a.e:
        # {"id":"sourceFile","fileName":"Engine.kt"}
            1:3:void check(int):10:12 -> a
            4:4:void com.acme.Util.validate():30:30 -> a
            4:4:void process():20 -> a
            5:9:void process():21:25 -> a
        Top -> z:
        """), "mapping.txt"));
  }

  private static String retrace(String text) {
    return retracer.retrace(text);
  }

  @Test
  void retracesFramesOfRenamedClassesAndMethods() {
    assertThat(retrace("""
        Exception in thread "main" a.d: bad state
        \tat a.c.a(Worker.java:40)
        \tat a.b.b(SourceFile:12)
        \tat com.acme.Main.a(Main.java:9)
        \tat com.acme.Main.main(Main.java:5)
        """)).isEqualTo("""
        Exception in thread "main" com.acme.Failure: bad state
        \tat com.acme.Worker$Task.call(Worker.java:40)
        \tat com.acme.Worker.run(Worker.java:12)
        \tat com.acme.Main.helper(Main.java:9)
        \tat com.acme.Main.main(Main.java:5)
        """);
  }

  @Test
  void marksEveryOtherMethodAnAmbiguousFrameMayStandFor() {
    assertThat(retrace("\tat a.b.a(Unknown Source)\n    at a.b.a(SourceFile:7)\n")).isEqualTo("""
        \tat com.acme.Worker.start(Unknown Source)
        \t<OR> at com.acme.Worker.stop(Unknown Source)
            at com.acme.Worker.start(Worker.java:7)
            <OR> at com.acme.Worker.stop(Worker.java:7)
        """);
  }

  @Test
  void acceptsEveryLocationAndModulePrefix() {
    assertThat(retrace("""
        \tat a.b.b(Native Method)
        \tat a.b.b(Unknown Source)
        \tat app//a.b.b(Worker.java)
        \tat my.module@1.0/a.b.b(Worker.java:3)
        \tat loader/my.module@1.0/a.b.b(Worker.java:3)
        \tat java.base/java.lang.Thread.run(Thread.java:833)
        \tat a.b.<init>(Worker.java:2)
        \tat a.b.<clinit>(Worker.java:1)
        """)).isEqualTo("""
        \tat com.acme.Worker.run(Native Method)
        \tat com.acme.Worker.run(Unknown Source)
        \tat app//com.acme.Worker.run(Worker.java)
        \tat my.module@1.0/com.acme.Worker.run(Worker.java:3)
        \tat loader/my.module@1.0/com.acme.Worker.run(Worker.java:3)
        \tat java.base/java.lang.Thread.run(Thread.java:833)
        \tat com.acme.Worker.<init>(Worker.java:2)
        \tat com.acme.Worker.<clinit>(Worker.java:1)
        """);
  }

  @Test
  void usesLineRangesToPickMethodsMapLinesAndExpandInlinedFrames() {
    assertThat(retrace("""
        \tat a.e.a(SourceFile:2)
        \tat a.e.a(SourceFile:4)
        \tat a.e.a(SourceFile:7)
        \tat a.e.a(SourceFile:100)
        \tat a.e.a(r8-map-id-6a7b3c1:9)
        \tat a.b.b(r8-map-id-6a7b3c1:9)
        """)).isEqualTo("""
        \tat com.acme.Engine.check(Engine.kt:11)
        \tat com.acme.Util.validate(Util.java:30)
        \tat com.acme.Engine.process(Engine.kt:20)
        \tat com.acme.Engine.process(Engine.kt:23)
        \tat com.acme.Engine.check(Engine.kt:100)
        \t<OR> at com.acme.Engine.process(Engine.kt:100)
        \tat com.acme.Engine.process(Engine.kt:25)
        \tat com.acme.Worker.run(Worker.java:9)
        """);
  }

  @Test
  void mapsConstructorsAndInitializersAndLeavesOutLinesTheMappingDoesNotKnow() throws IOException {
    Retracer jarmorMapping = new Retracer(MappingParser.parse(new StringReader("""
        com.acme.Item -> a.a:
        # {"id":"sourceFile","fileName":"LineItem.java"}
            1:3:void <init>(int):8:10 -> <init>
            4:4:void <clinit>():2:2 -> <clinit>
            5:5:void total():20:31 -> a
            6:6:void access$000():0:0 -> a
            7:14:void sum(int):40:47 -> a
            9:9:void lambda$sum$0():43:43 -> a
        """), "mapping.txt"));
    assertThat(jarmorMapping.retrace("""
        \tat a.a.<init>(SourceFile:2)
        \tat a.a.<clinit>(SourceFile:4)
        \tat a.a.a(SourceFile:5)
        \tat a.a.a(SourceFile:6)
        \tat a.a.a(SourceFile:9)
        \tat a.a.a(SourceFile:8)
        """)).isEqualTo("""
        \tat com.acme.Item.<init>(LineItem.java:9)
        \tat com.acme.Item.<clinit>(LineItem.java:2)
        \tat com.acme.Item.total(LineItem.java)
        \tat com.acme.Item.access$000(LineItem.java)
        \tat com.acme.Item.lambda$sum$0(LineItem.java:43)
        \t<OR> at com.acme.Item.sum(LineItem.java:42)
        \tat com.acme.Item.sum(LineItem.java:41)
        """);
  }

  @Test
  void retracesExceptionHeadersCausesAndSuppressed() {
    assertThat(retrace("""
        a.d: plain printStackTrace
        a.d
        Caused by: a.d: inner
        \tSuppressed: a.d
        \t\tCaused by: z: deep
        \t[CIRCULAR REFERENCE: a.d: loop]
        \t... 3 more
        """)).isEqualTo("""
        com.acme.Failure: plain printStackTrace
        com.acme.Failure
        Caused by: com.acme.Failure: inner
        \tSuppressed: com.acme.Failure
        \t\tCaused by: Top: deep
        \t[CIRCULAR REFERENCE: com.acme.Failure: loop]
        \t... 3 more
        """);
  }

  @Test
  void retracesClassAndMemberNamesInMessages() {
    assertThat(retrace("""
        java.lang.ClassCastException: class a.b cannot be cast to class a.c (a.b and a.c are in unnamed module of loader 'app')
        java.lang.NoClassDefFoundError: a/b
        java.lang.NullPointerException: Cannot invoke "a.b.b()" because "a.b.a" is null
        java.lang.NoSuchFieldError: a.b.b and a.b.a(
        12:00 INFO a.b - starting a.b$$Lambda$14/0x0000000800c03000 and a.e.unknown
        """)).isEqualTo("""
        java.lang.ClassCastException: class com.acme.Worker cannot be cast to class com.acme.Worker$Task \
        (com.acme.Worker and com.acme.Worker$Task are in unnamed module of loader 'app')
        java.lang.NoClassDefFoundError: com/acme/Worker
        java.lang.NullPointerException: Cannot invoke "com.acme.Worker.run()" because "com.acme.Worker.count" is null
        java.lang.NoSuchFieldError: com.acme.Worker.name|total and com.acme.Worker.start|stop(
        12:00 INFO com.acme.Worker - starting com.acme.Worker$$Lambda$14/0x0000000800c03000 and com.acme.Engine.unknown
        """);
  }

  @Test
  void retracesLambdaClassFrames() {
    assertThat(retrace("""
        \tat a.b$$Lambda$14/0x0000000800c03000.run(Unknown Source)
        \tat a.b$$Lambda$1/1831932724.accept(Unknown Source)
        \tat a.b$$Lambda/0x0000000800c03000.get(Unknown Source)
        """)).isEqualTo("""
        \tat com.acme.Worker$$Lambda$14/0x0000000800c03000.run(Unknown Source)
        \tat com.acme.Worker$$Lambda$1/1831932724.accept(Unknown Source)
        \tat com.acme.Worker$$Lambda/0x0000000800c03000.get(Unknown Source)
        """);
  }

  @Test
  void leavesUnknownNamesAndOtherTextAlone() {
    String text = """
        \tat x.y.z(Foo.java:1)
        \tat a.b.zz(Worker.java:4)
        java.lang.IllegalStateException: a is not a.b.c.d, see www.example.com or version 1.5
        z
        a
        """;
    assertThat(retrace(text)).isEqualTo(text
        .replace("a.b.zz", "com.acme.Worker.zz")
        .replace("z\na\n", "Top\na\n"));
  }

  @Test
  void keepsLineEnds() throws IOException {
    StringWriter out = new StringWriter();
    retracer.retrace(new StringReader("a.d: x\r\n\tat a.b.a(SourceFile:3)\r\n\tat a.c.a(X.java:1)"), out);

    assertThat(out.toString()).isEqualTo("com.acme.Failure: x\r\n\tat com.acme.Worker.start(Worker.java:3)\r\n"
        + "\t<OR> at com.acme.Worker.stop(Worker.java:3)\r\n\tat com.acme.Worker$Task.call(X.java:1)");
    assertThat(retrace("\tat a.b.a(SourceFile:3)")).isEqualTo(
        "\tat com.acme.Worker.start(Worker.java:3)\n\t<OR> at com.acme.Worker.stop(Worker.java:3)");
    assertThat(retrace("")).isEmpty();
  }
}
