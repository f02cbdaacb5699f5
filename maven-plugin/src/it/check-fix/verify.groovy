// Invocation 1: the check ran the project's tests against the build protected at levels 0 and 1; level 1 renamed
// the greeters that a name built at run time finds, so the build failed with the check's matrix and the path of the
// rules that fix it. Invocation 2: the same build with those rules passes the check, and its jar runs. The tests
// are on JUnit 5.12, not the JUnit of the launcher the plugin ships: they ran on their own platform.
import java.util.zip.ZipFile

String log = new File(basedir, 'build.log').text
assert log.contains('level 0, wire open: behaves like the original (3 tests)')
assert log.contains('level 1, wire open: DIFFERS (3 tests)')
assert log.contains('test [engine:junit-jupiter]/[class:com.example.greet.GreetersTest]/[method:greetsInEnglish()]:')
assert log.contains('java.lang.ClassNotFoundException: com.example.greet.impl.EnglishGreeter')
assert log.contains('highest level behaving like the original: 0 (wire open)')
assert log.contains('rules that fix it: target/jarmor/fix-rules.pro; copy the file into the project')
assert log.contains('does not behave like the original (target/jarmor/check.html)')

File rules = new File(basedir, 'target/jarmor/fix-rules.pro')
assert rules.text.contains('-keepnames class com.example.greet.impl.') : rules.text
String json = new File(basedir, 'target/jarmor/check.json').text
assert new File(basedir, 'target/jarmor/check.html').text.contains(json.replace('<', '\\u003c')) : "the page carries the check's JSON"

// the second invocation's check, with the rules, passed at both levels
assert log.contains('level 1, wire open: behaves like the original (3 tests)')
assert log.contains('highest level behaving like the original: 1 (wire open)')
assert !log.contains('\tat org.apache.maven') : 'no stack trace of Maven'

File jar = new File(basedir, 'target/greeters-1.0.jar')
def names = new ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } }
assert names.contains('com/example/greet/impl/FrenchGreeter.class') : 'kept by the rules: ' + names
def process = [System.getProperty('java.home') + '/bin/java', '-cp', jar.path, 'com.example.greet.Greeters', 'French'].execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
assert process.exitValue() == 0 : err
assert out.toString().trim() == 'Bonjour, world !'
return true
