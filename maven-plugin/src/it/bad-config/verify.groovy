// Each wrong option failed the build with jarmor's one line, no stack trace, and left the jar as it was built.
import java.util.zip.ZipFile

String log = new File(basedir, 'build.log').text
def failures = log.readLines().findAll { it.startsWith('[ERROR] Failed to execute goal dev.jarmor:jarmor-maven-plugin:') }
assert failures.size() == 3 : failures
String prefix = 'protect (default) on project tiny: '
assert failures[0].endsWith(prefix + '--level takes 0 to 4, not high -> [Help 1]') : failures[0]
assert failures[1].endsWith(prefix + 'rule file not found (' + new File(basedir, 'missing-rules.pro').path
    + ') -> [Help 1]') : failures[1]
assert failures[2].endsWith(prefix + "--wire takes open or closed, not 'both' -> [Help 1]") : failures[2]
assert !log.contains('\tat ') : 'no stack trace'
assert !log.contains('JarmorException') : 'no exception named'

File jar = new File(basedir, 'target/tiny-1.0.jar')
def names = new ZipFile(jar).withCloseable { zip -> zip.entries().collect { it.name } }
assert names.contains('com/example/tiny/Counter.class') : 'the jar is the one the jar plugin built'
assert !new File(basedir, 'target/tiny-1.0-unprotected.jar').exists()
assert !new File(basedir, 'target/jarmor/mapping.txt').exists()
return true
