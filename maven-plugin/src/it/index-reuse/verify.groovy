def log = new File(basedir, 'build.log').text
def runs = (log =~ /Copydesk \S+: 2 articles, (\d+) checked, (\d+) unchanged \(from the index\)/).collect { [it[1] as int, it[2] as int] }
assert runs == [[2, 0], [0, 2], [1, 1], [0, 2]] : "checked/unchanged per run: ${runs}"
def finding = /(?m)^\[ERROR\] \S*content[\/\\]bus-lines\.txt:3:\d+: error placeholder 'TKTK' is a placeholder/
assert (log =~ finding).size() == 2 : 'the edited article fails when checked and again when served from the index'
assert (log =~ /Copydesk: 1 error in 1 article; reports in target/).size() == 2
