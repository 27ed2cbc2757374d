import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def baseline = new JsonSlurper().parse(new File(basedir, 'copydesk-baseline.json'))
assert baseline.format == 'copydesk-baseline'
assert baseline.version == 1
assert baseline.findings.collect { [it.path, it.rule, it.text, it.line] } == [['content/library-hours.txt', 'merged-word', 'toto', 5]]
assert baseline.findings[0].context ==~ /[0-9a-f]{16}/

def sep = /[\/\\]/
// Run 1 writes the baseline and passes; run 2 applies it and passes; run 3 has none and fails.
assert log.contains('Copydesk: wrote 1 finding to the baseline ')
assert log.contains('1 finding accepted (reported, not failing)')
assert (log =~ /(?m)^\[INFO\] \S*content${sep}library-hours\.txt:5:\d+: error merged-word .*\[baseline\]$/).size() == 2
assert (log =~ /Copydesk: no findings at or above error in 1 article \(1 in the baseline\)/).size() == 2
assert log =~ /(?m)^\[ERROR\] \S*content${sep}library-hours\.txt:5:\d+: error merged-word /
assert log =~ /Copydesk: 1 error in 1 article; reports in target${sep}copydesk; the error is merged-word\. To tune:/
