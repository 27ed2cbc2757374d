// content/ exists but holds no article (AsciiDoc and reStructuredText only): the build fails and says why.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('Copydesk: no article files in content (2 other files: guides/opening-hours.adoc, reading-rooms.rst)')
assert log.contains('Copydesk reads [**/*.')
assert !new File(basedir, 'target/copydesk/copydesk.json').exists()
