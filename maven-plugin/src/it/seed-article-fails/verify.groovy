def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// Each finding is logged as path:line:column: severity rule message, IDE-style.
def placeholder = log =~ /(?m)^\[ERROR\] \S*content[\/\\]2021[\/\\]biden-kadhimi\.txt:15:\d+: error placeholder 'toto' is a placeholder left in the copy/
assert placeholder.find() : 'the rule from the plugin dependency fired on toto'
assert log =~ /Copydesk: \d+ errors? (and \d+ warnings? )?in 1 article; reports in target[\/\\]copydesk/
def json = new File(basedir, 'target/copydesk/copydesk.json').text
assert json.contains('"rule" : "placeholder"') || json.contains('"rule":"placeholder"')
assert json.contains('toto')
