def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Copydesk: no findings at or above error in 1 article')
assert log =~ /(?m)^\[ERROR\] \S*sports-desk[\/\\]content[\/\\]article\.txt:3:\d+: error placeholder 'lorem ipsum'/
assert log.contains('Copydesk: 1 error in 1 article; reports in target')
assert new File(basedir, 'metro-desk/target/copydesk/copydesk.json').isFile()
assert new File(basedir, 'sports-desk/target/copydesk/copydesk.json').isFile()
