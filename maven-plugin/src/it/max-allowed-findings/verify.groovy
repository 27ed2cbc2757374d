def log = new File(basedir, 'build.log').text
// First run: two findings, two allowed.
assert log.contains('Copydesk: 2 errors in 1 article, tolerated (maxAllowedFindings 2)')
// Second run: one allowed, so the build fails.
assert log.contains('Copydesk: 2 errors in 1 article (at most 1 allowed); reports in target')
assert log.contains('BUILD FAILURE')
