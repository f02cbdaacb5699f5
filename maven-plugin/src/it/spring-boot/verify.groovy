// jarmor protected the plain jar before spring-boot:repackage, which packaged the protected classes: the
// executable jar starts and answers the same requests, with the same JSON, as the unprotected application.
import groovy.json.JsonSlurper
import java.util.concurrent.TimeUnit
import java.util.zip.ZipFile

File bootJar = new File(basedir, 'target/shop-1.0.jar')
File unprotectedJar = new File(basedir, 'target/shop-1.0-unprotected.jar')
assert bootJar.isFile() && unprotectedJar.isFile()

def entries = { File jar -> new ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } } }
def boot = entries(bootJar)
assert boot.contains('BOOT-INF/classes/com/example/shop/ShopApplication.class') : 'repackaged, its main class kept'
assert boot.any { it.startsWith('BOOT-INF/lib/spring-web') }
assert entries(unprotectedJar).contains('com/example/shop/catalog/PriceCalculator.class')
assert !boot.contains('BOOT-INF/classes/com/example/shop/catalog/PriceCalculator.class') : 'the helper is renamed'

String log = new File(basedir, 'build.log').text
int wrote = log.indexOf('jarmor: wrote target/shop-1.0.jar')
assert wrote > 0 && wrote < log.indexOf('Replacing main artifact') : 'jarmor ran before repackage'
// the second build found the executable jar in place and protected the unprotected copy, not it
assert log.findAll('jarmor: protecting target/shop-1.0-unprotected.jar with ').size() == 2
assert !entries(unprotectedJar).any { it.startsWith('BOOT-INF/') } : 'the copy is the plain jar as built'
assert !log.contains('as a Spring Boot executable jar')

String java = System.getProperty('java.home') + '/bin/java'
String classpath = new File(basedir, 'classpath.txt').text.trim()
def requests = ['/shop', '/products', '/products/2', '/quote?product=1&quantity=3', '/quote?product=3', '/products/99']

def freePort = { new ServerSocket(0).withCloseable { it.localPort } }
def answers = { List<String> command, String name ->
  int port = freePort()
  File out = new File(basedir, name + '.log')
  def process = new ProcessBuilder((command + ["--server.port=$port", '--server.address=127.0.0.1'])*.toString())
      .redirectErrorStream(true).redirectOutput(out).start()
  try {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2)
    while (true) {
      assert process.alive : name + ' stopped:\n' + out.text
      assert System.nanoTime() < deadline : name + ' did not answer within two minutes:\n' + out.text
      try {
        new URL("http://127.0.0.1:$port/shop").openConnection().with { connectTimeout = 1000; readTimeout = 5000; it.inputStream.close() }
        break
      } catch (IOException notYet) {
        Thread.sleep(200)
      }
    }
    requests.collect { request ->
      HttpURLConnection connection = new URL("http://127.0.0.1:$port$request").openConnection()
      int status = connection.responseCode
      // the error page of a 404 carries a timestamp: its status is compared, not its body
      status + ' ' + (status == 200 ? new JsonSlurper().parse(connection.inputStream) : '')
    }
  } finally {
    process.destroy()
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly()
    }
  }
}

def original = answers([java, '-cp', unprotectedJar.path + File.pathSeparator + classpath, 'com.example.shop.ShopApplication'], 'unprotected')
assert original[0] == '200 [name:Corner Shop, currency:EUR, products:3]'
assert original[3].contains('discountCents:779') : original[3]
assert original[5] == '404 '
assert answers([java, '-jar', bootJar.path], 'protected') == original
return true
