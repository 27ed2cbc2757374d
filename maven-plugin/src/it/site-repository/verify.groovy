// A site repository: per-folder copydesk.yml, profiles, a baseline, a TOML (+++) article and an .mdx article.
import groovy.json.JsonSlurper

// The TOML front matter and .mdx reading (issue 15, readers) are merged: the assertions in the
// block at the end hold too.
def READERS_MERGED = true

def log = new File(basedir, 'build.log').text
def json = new JsonSlurper().parse(new File(basedir, 'target/copydesk/copydesk.json'))
def file = { String path -> json.files.find { it.path == path } }
def findings = { String path -> file(path).findings }
def sep = /[\/\\]/

assert log.contains('BUILD FAILURE')

// news: no copydesk.yml of its own, so the top one (news profile, the baseline) applies.
// The baseline entry was written when "toto" was on line 8; a paragraph added above moved it to
// line 10, and it is still matched: logged at INFO, marked [baseline], not counted as failing.
assert log =~ /(?m)^\[INFO\] \S*content${sep}news${sep}library-hours\.md:10:22: error merged-word 'toto' looks like 'to' typed twice \(suggestion: to\) \[baseline\]$/
def news = findings('content/news/library-hours.md')
assert news.collect { [it.rule, it.line, it.baseline] } == [['relative-date', 6, false], ['merged-word', 6, false], ['merged-word', 10, true]]
// The new paragraph's findings are new, so they fail the build.
assert log =~ /(?m)^\[ERROR\] \S*content${sep}news${sep}library-hours\.md:6:23: error relative-date /
assert log =~ /(?m)^\[ERROR\] \S*content${sep}news${sep}library-hours\.md:6:54: error merged-word 'thethe'/
assert log.contains('Copydesk: baseline ') && log.contains('copydesk-baseline.json: 1 finding accepted (reported, not failing)')

// docs: its copydesk.yml sets profile: docs (relative-date off: the same "yesterday, July 26" as
// in news is not reported) and turns merged-word down to a warning, for that folder only.
def docs = findings('content/docs/opening-hours.md')
assert docs.collect { [it.rule, it.severity, it.line] } == [['merged-word', 'warning', 8]]
assert log =~ /(?m)^\[WARNING\] \S*content${sep}docs${sep}opening-hours\.md:8:17: warning merged-word /

// The failure names its counts by rule, the baseline, and how to tune.
assert log =~ /Copydesk: \d+ errors? in \d+ articles? \(1 more in the baseline, not failing\); reports in target${sep}copydesk; \d+ of \d+ errors (?:is|are) /
assert log.contains('To tune:')
assert log.contains('rules: {')
assert log.contains('profile: blog or profile: docs')
assert log.contains('-Dcopydesk.writeBaseline=copydesk-baseline.json')
assert json.summary.baseline == 1

// Findings are logged in path order, article after article, whatever order the workers finished in.
def logged = (log =~ /(?m)^\[(?:ERROR|WARNING|INFO)\] \S*(content${sep}\S+?):\d+:\d+: /).collect { it[1].replace('\\', '/') }
assert logged == logged.toSorted() : "finding lines out of path order: ${logged}"
assert json.files.collect { it.path } == json.files.collect { it.path }.toSorted()

if (READERS_MERGED) {
  // blog/reading-challenge.md: TOML (+++) front matter is not prose, and its date is read: the
  // "yesterday, July 26" of an article dated 2021-07-28 is reported. The blog profile keeps
  // relative-date on (blog posts are dated).
  def toml = findings('content/blog/reading-challenge.md')
  def frontMatterLines = 8
  assert toml.every { it.line > frontMatterLines } : "a finding inside the TOML front matter: ${toml}"
  assert toml.collect { [it.rule, it.line] } == [['relative-date', 10]]

  // blog/new-catalogue.mdx: an .mdx file is an article; its import/export lines and the JSX tags
  // are markup, the prose inside the <Callout> component is checked.
  def mdx = file('content/blog/new-catalogue.mdx')
  assert mdx != null && mdx.error == null : "the .mdx article was not checked: ${json.files.collect { it.path }}"
  assert mdx.findings.collect { [it.rule, it.line, it.text] } == [['merged-word', 13, 'toto']]

  assert log =~ /Copydesk: 4 errors in 3 articles \(1 more in the baseline, not failing\); reports in target${sep}copydesk; 2 of 4 errors are merged-word, 2 relative-date/
}
