def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Copydesk: no findings at or above error in 1 article; reports in target')
def json = new File(basedir, 'target/copydesk/copydesk.json')
assert json.isFile()
assert json.text.contains('content/2021/library-hours.txt')
assert new File(basedir, 'target/copydesk/copydesk.txt').isFile()
assert new File(basedir, 'target/copydesk/index.json').isFile()
