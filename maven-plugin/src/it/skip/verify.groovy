def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Copydesk: skipped (copydesk.skip)')
assert !new File(basedir, 'target/copydesk').exists()
