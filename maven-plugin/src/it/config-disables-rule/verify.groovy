def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('placeholder left in the copy')
assert log.contains('Copydesk: no findings at or above error in 1 article')
