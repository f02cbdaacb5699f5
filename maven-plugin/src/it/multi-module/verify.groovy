// mvn package protected the application module's jar in place: its classes renamed, it prints what the
// unprotected jar prints given its licence, and refuses to run without one, and its dependencies (the library module, Jackson) were its libraries without a word. The
// library module, protected first, was protected as a library: the application compiled against its names.
import java.util.zip.ZipFile

File app = new File(basedir, 'app')
File protectedJar = new File(app, 'target/app-1.0.jar')
File unprotectedJar = new File(app, 'target/app-1.0-unprotected.jar')
assert protectedJar.isFile()
assert unprotectedJar.isFile()

def classes = { File jar -> new ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name }.findAll { it.endsWith('.class') } } }
def before = classes(unprotectedJar)
def after = classes(protectedJar)
assert before.contains('com/example/app/text/Report.class')
assert !after.contains('com/example/app/text/Report.class') : 'an internal class keeps its name: ' + after
assert !after.contains('com/example/app/shapes/Circle.class') : after
assert after.contains('com/example/app/Main.class') : 'the entry point keeps its name'
assert after.size() > before.size() : 'every class written, and the licence check added'

// the library module, which the application compiles against, is protected as a library: its API keeps its names,
// its helper does not
def libraryClasses = classes(new File(basedir, 'lib/target/geometry-1.0.jar'))
assert classes(new File(basedir, 'lib/target/geometry-1.0-unprotected.jar')).contains('com/example/geometry/Decimals.class')
assert libraryClasses.containsAll(['com/example/geometry/Shape.class', 'com/example/geometry/Shapes.class'])
assert !libraryClasses.contains('com/example/geometry/Decimals.class') : libraryClasses

String log = new File(basedir, 'build.log').text
assert log.contains('jarmor: geometry is a dependency of app in this build, compiled against its names: protected as a'
    + ' library, its public classes and members keeping their names (<libraryMode>false</libraryMode> renames them)')
assert log.contains('jarmor: nothing to protect: the packaging is pom')
def libraries = log.readLines().find { it.contains('jarmor: protecting target/app-1.0-unprotected.jar with ') }
assert libraries != null : 'no protecting line in the log'
int count = (libraries =~ /with (\d+) libraries/)[0][1] as int
assert count >= 4 : 'the library module and Jackson (databind, core, annotations) were libraries: ' + libraries
assert !log.contains('missing from the classpath') : 'every supertype was found among the dependencies'
assert !log.contains('\tat ') : 'no stack trace'
assert new File(app, 'target/jarmor/mapping.txt').text.contains('com.example.app.text.Report -> ')
String json = new File(app, 'target/jarmor/report.json').text
String html = new File(app, 'target/jarmor/report.html').text
assert html.contains(json.replace('<', '\\u003c')) : 'the HTML report carries the JSON report'

String classpath = new File(app, 'classpath.txt').text.trim()
assert classpath.contains('geometry') && classpath.contains('jackson-databind')
// run from target/, with target/ as the home: no licence is found there unless the options name one
File target = new File(app, 'target')
def start = { File jar, String... options ->
  def process = ([System.getProperty('java.home') + '/bin/java', '-Duser.home=' + target.path] + options.toList()
      + ['-cp', jar.path + File.pathSeparator + classpath, 'com.example.app.Main']).execute(null, target)
  def out = new StringBuilder(), err = new StringBuilder()
  process.waitForProcessOutput(out, err)
  [process.exitValue(), out.toString(), err.toString()]
}
def run = { File jar, String... options ->
  def (status, out, err) = start(jar, options)
  assert status == 0 : jar.name + ' failed:\n' + err
  out
}
String original = run(unprotectedJar)
assert original.contains('largest circle') && original.contains('"product" : "pencil"') && original.contains('equal: true')
assert run(protectedJar, '-Dshapes.license=' + new File(basedir, 'shapes.lic').path) == original
def (status, out, err) = start(protectedJar)
assert status == 77 && out.isEmpty() : 'without its licence: ' + status + '\n' + out + err
assert err.startsWith('shapes license error 1: no license found; looked for -Dshapes.license, $SHAPES_LICENSE, ') : err
return true
